package app.masa.document;

import app.masa.io.recovery.DiskChange;
import app.masa.io.recovery.FileFingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's file as Masa last read or wrote it. Each reading is a new record, so whoever holds
 * one can tell by identity whether the file was read or written again since.
 *
 * @param file        absolute and normalised
 * @param fingerprint empty when the file could not be read then: a later change is then reported as
 *                    no change rather than guessed at
 */
public record DiskRecord(Path file, Optional<FileFingerprint> fingerprint) {
    private static final System.Logger LOG = System.getLogger(DiskRecord.class.getName());

    public DiskRecord {
        file = normal(file);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Reads {@code file} as it is now. Reads the disk: not on the UI thread. */
    public static DiskRecord read(Path file) {
        Path normal = normal(file);
        try {
            return new DiskRecord(normal, FileFingerprint.of(normal));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, () -> "Could not read " + normal + " to notice later changes", e);
            return new DiskRecord(normal, Optional.empty());
        }
    }

    /** How the file now compares with this record. Reads the disk: not on the UI thread. */
    public DiskChange changeSince() {
        try {
            return DiskChange.check(file, fingerprint);
        } catch (IOException e) {
            // Cannot read it now (a sync client holding it, a network hiccup): nothing to report yet.
            LOG.log(System.Logger.Level.INFO, () -> "Could not check " + file + " for changes", e);
            return DiskChange.NONE;
        }
    }

    /** The same file, remembered as unreadable: a change from here on is not reported. */
    public DiskRecord forgotten() {
        return new DiskRecord(file, Optional.empty());
    }

    public boolean isOf(Path other) {
        return other != null && file.equals(normal(other));
    }

    static Path normal(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }
}
