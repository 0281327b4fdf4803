package app.masa.io;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The file-system steps of a safe save, one method per step, so that a test can make any one of
 * them fail and check that nothing on disk was damaged.
 */
interface FileOps {
    /**
     * Creates a file that did not exist before, writes the content into it and waits until it is on
     * the disk itself, not only in the system's cache. One open file serves all three, so a save
     * costs little more than writing the bytes. The stream given to the content is buffered.
     *
     * @param permissions the file's POSIX permissions from the moment it exists, or {@code null}
     *     for the system's defaults
     */
    void writeNew(Path file, Set<PosixFilePermission> permissions, FileContent content) throws IOException;

    /** Waits until the file's content is on the disk itself. */
    void force(Path file) throws IOException;

    void copy(Path from, Path to) throws IOException;

    /**
     * Gives an existing file a second name. Throws {@link UnsupportedOperationException} or an
     * {@link IOException} where the file system has no hard links.
     */
    void link(Path existing, Path newName) throws IOException;

    /** Replaces {@code to} by {@code from} in one step, so a reader sees the old file or the new one. */
    void replace(Path from, Path to) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /**
     * Deletes a file nobody needs any more, perhaps after returning; a file it could not delete is
     * left where it is.
     */
    void discard(Path file);
}
