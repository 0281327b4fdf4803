package app.masa.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file next to its target and moves it into place only when complete, so an existing
 * export is replaced whole or not at all, even when writing fails or is cancelled half way.
 */
final class AtomicOutput {
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException, ExportCancelledException;
    }

    private AtomicOutput() {
    }

    /**
     * Temporary files are private to their owner; an export replaces a file with the same access,
     * or is readable by others as a new document normally is.
     */
    private static void readableLikeAnyExport(Path temp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the temporary file already has ordinary access.
        }
    }

    static void write(Path target, Writer writer) throws IOException, ExportCancelledException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            readableLikeAnyExport(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
