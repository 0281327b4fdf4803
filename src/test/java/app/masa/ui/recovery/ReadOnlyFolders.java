package app.masa.ui.recovery;

import app.masa.io.JourneyFiles;
import app.masa.ui.ShellFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A folder Masa may not write in. Taking away write permission works for ordinary users; the
 * system administrator ignores permissions, so for them Linux's {@code /sys}, which refuses new
 * files to everyone, stands in (with no earlier file to protect).
 */
final class ReadOnlyFolders {
    private static final Path REFUSES_EVERYONE = Path.of("/sys");

    private ReadOnlyFolders() {
    }

    /** A saved map (with a backup) in a folder that {@link #deny} can close; or a path in /sys. */
    static Path withSavedFile(Path folder) throws Exception {
        Path sub = Files.createDirectory(folder.resolve("read-only"));
        Path file = sub.resolve("shop.journey.json");
        JourneyFiles.save(file, ShellFixtures.document());
        JourneyFiles.save(file, ShellFixtures.document());
        deny(sub);
        boolean permissionsHold = !canCreateIn(sub);
        allow(sub);
        if (permissionsHold) {
            return file;
        }
        if (Files.isDirectory(REFUSES_EVERYONE) && !canCreateIn(REFUSES_EVERYONE)) {
            return REFUSES_EVERYONE.resolve("shop.journey.json");
        }
        throw new IllegalStateException("no folder on this machine refuses writing; cannot test a denied save");
    }

    /**
     * Makes a folder refuse new files until {@link #open}. Where permissions hold they are taken
     * away; for the administrator the folder gives way to a link to {@code /sys}, and opening makes
     * it an ordinary, empty folder again.
     */
    static void close(Path folder) throws IOException {
        deny(folder);
        if (!canCreateIn(folder)) {
            return;
        }
        allow(folder);
        if (!Files.isDirectory(REFUSES_EVERYONE) || canCreateIn(REFUSES_EVERYONE)) {
            throw new IllegalStateException("no folder on this machine refuses writing; cannot test a closed folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        Files.createSymbolicLink(folder, REFUSES_EVERYONE);
    }

    static void open(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            Files.delete(folder);
            Files.createDirectory(folder);
        } else {
            allow(folder);
        }
    }

    static void deny(Path folder) throws IOException {
        if (!folder.equals(REFUSES_EVERYONE)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
    }

    static void allow(Path folder) throws IOException {
        if (!folder.equals(REFUSES_EVERYONE)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static byte[] bytesOrEmpty(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }

    private static boolean canCreateIn(Path folder) {
        Path probe = folder.resolve(".masa-probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
