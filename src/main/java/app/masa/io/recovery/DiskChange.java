package app.masa.io.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** How the open document's file compares with what Masa last read or wrote. */
public enum DiskChange {
    /** The content is what Masa knows. */
    NONE,
    /** Someone else wrote the file since. */
    CHANGED,
    /** The file is gone (moved, deleted, its folder removed). */
    REMOVED;

    /** Compares the file now with {@code known} (empty when Masa never saw the file). */
    public static DiskChange check(Path file, Optional<FileFingerprint> known) throws IOException {
        Optional<FileFingerprint> now = FileFingerprint.of(file);
        if (known.isEmpty()) {
            return NONE;
        }
        if (now.isEmpty()) {
            return REMOVED;
        }
        return known.get().contentDiffers(now.get()) ? CHANGED : NONE;
    }
}
