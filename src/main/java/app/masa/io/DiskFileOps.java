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

/** The real file system. */
final class DiskFileOps implements FileOps {
    static final DiskFileOps INSTANCE = new DiskFileOps();

    private DiskFileOps() {
    }

    @Override
    public void createNew(Path file) throws IOException {
        Files.createFile(file);
    }

    /** Large enough that a map of thousands of cards goes to the system in a handful of calls. */
    private static final int BUFFER_BYTES = 256 * 1024;

    @Override
    public void write(Path file, FileContent content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES)) {
            content.writeTo(out);
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
}
