package app.masa.io.recovery;

import app.masa.io.AtomicFileWriter;
import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFileException;
import app.masa.io.JourneyFiles;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The recovery folder: one copy per open document with unsaved changes, each a plain journey file
 * ({@code ID.journey.json}, readable by Masa and by people) and a small manifest
 * ({@code ID.recovery.json}) saying whose it is and what it holds. The document is written before
 * its manifest and removed after it, so every listed copy has its document.
 */
public final class RecoveryStore {
    static final String DOCUMENT_SUFFIX = ".journey.json";
    static final String MANIFEST_SUFFIX = ".recovery.json";
    private static final String TEMP_SUFFIX = ".tmp";
    /** A temporary file this old was left by a write that never finished. */
    private static final Duration ABANDONED_TEMP = Duration.ofHours(1);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,80}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Clock clock;

    public RecoveryStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public static RecoveryStore forCurrentUser() {
        return new RecoveryStore(RecoveryFolder.forCurrentUser(), Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /** A new name for a document's copy: sortable by time, unique without coordination. */
    public String newId() {
        return ID_TIME.format(clock.instant()) + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    /** Writes (or replaces) the copy {@code id}; both files are replaced atomically. */
    public RecoveryEntry write(String id, ProcessOwner owner, Path original, JourneyFile document) throws IOException {
        checkId(id);
        ensureFolder();
        List<String> titles = document.maps().stream().map(JourneyMap::title).toList();
        int cards = document.maps().stream().mapToInt(m -> m.cards().size()).sum();
        RecoveryEntry entry = new RecoveryEntry(id, original == null ? null : original.toAbsolutePath(),
                clock.instant(), titles, cards, owner);
        AtomicFileWriter.replace(documentPath(id), JourneyCodec.write(document));
        AtomicFileWriter.replace(manifestPath(id), RecoveryManifest.write(entry));
        return entry;
    }

    /** Gives a copy left by a closed or crashed window to {@code newOwner}, so it is not offered twice. */
    public RecoveryEntry claim(RecoveryEntry entry, ProcessOwner newOwner) throws IOException {
        checkId(entry.id());
        RecoveryEntry claimed = new RecoveryEntry(entry.id(), entry.original(), entry.savedAt(), entry.titles(),
                entry.cards(), newOwner);
        AtomicFileWriter.replace(manifestPath(entry.id()), RecoveryManifest.write(claimed));
        return claimed;
    }

    public void remove(String id) throws IOException {
        checkId(id);
        Files.deleteIfExists(manifestPath(id));
        Files.deleteIfExists(documentPath(id));
    }

    /** Every readable copy, newest first. */
    public List<RecoveryEntry> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RecoveryEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(TEMP_SUFFIX)) {
                    deleteIfAbandoned(file);
                } else if (name.endsWith(MANIFEST_SUFFIX)) {
                    readEntry(name.substring(0, name.length() - MANIFEST_SUFFIX.length())).ifPresent(entries::add);
                }
            }
        }
        entries.sort(Comparator.comparing(RecoveryEntry::savedAt).reversed());
        return entries;
    }

    /** The copies whose window is gone (closed without cleaning up, or crashed): the ones to offer. */
    public List<RecoveryEntry> orphans() throws IOException {
        return list().stream().filter(e -> !e.owner().mayBeAlive()).toList();
    }

    /** Reads a copy's document, with every check a file from elsewhere gets. */
    public JourneyFile load(RecoveryEntry entry) throws JourneyFileException {
        checkId(entry.id());
        return JourneyFiles.load(documentPath(entry.id()));
    }

    Path documentPath(String id) {
        return folder.resolve(id + DOCUMENT_SUFFIX);
    }

    Path manifestPath(String id) {
        return folder.resolve(id + MANIFEST_SUFFIX);
    }

    private Optional<RecoveryEntry> readEntry(String id) {
        if (!ID.matcher(id).matches() || !Files.isRegularFile(documentPath(id))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(manifestPath(id))) {
            return RecoveryManifest.read(id, in.readNBytes(RecoveryManifest.MAX_BYTES + 1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void deleteIfAbandoned(Path temp) {
        try {
            FileTime modified = Files.getLastModifiedTime(temp);
            if (modified.toInstant().plus(ABANDONED_TEMP).isBefore(clock.instant())) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // another window may be finishing it; it is looked at again next time
        }
    }

    /** The copies may hold private work: on systems with owners, only the user may read them. */
    private void ensureFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a recovery id: " + id);
        }
    }
}
