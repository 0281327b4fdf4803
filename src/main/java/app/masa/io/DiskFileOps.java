package app.masa.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** The real file system. */
final class DiskFileOps implements FileOps {
    static final DiskFileOps INSTANCE = new DiskFileOps();

    private DiskFileOps() {
    }

    /** Large enough that a map of thousands of cards goes to the system in a handful of calls. */
    private static final int BUFFER_BYTES = 256 * 1024;

    @Override
    public void writeNew(Path file, Set<PosixFilePermission> permissions, FileContent content) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = permissions == null
                ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
        try (FileChannel channel = FileChannel.open(file, options, attributes)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    @Override
    public void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    @Override
    public void link(Path existing, Path newName) throws IOException {
        Files.createLink(newName, existing);
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network shares) cannot rename atomically: a plain
            // replacing move is the best they offer, and the backup still holds the old version.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Deletes on a thread of its own; files still waiting when the program ends are deleted then. */
    @Override
    public void discard(Path file) {
        Discarder.INSTANCE.discard(file);
    }

    /** Waits until every file handed to {@link #discard} is gone; for tests. */
    static void awaitDiscarded() throws InterruptedException {
        Discarder.INSTANCE.await();
    }
}
