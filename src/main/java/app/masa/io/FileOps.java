package app.masa.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file-system steps of a safe save, one method per step, so that a test can make any one of
 * them fail and check that nothing on disk was damaged.
 */
interface FileOps {
    /** Creates a new, empty file that did not exist before. */
    void createNew(Path file) throws IOException;

    /** Writes the content into the (empty) file; the stream given to it is buffered, and closed here. */
    void write(Path file, FileContent content) throws IOException;

    /** Waits until the file's content is on the disk itself, not only in the system's cache. */
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
}
