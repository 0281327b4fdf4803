package app.masa.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Saves bytes so that a crash, a full disk or a failing step never leaves a damaged file:
 * <ol>
 *   <li>write a temporary file next to the target (same folder, so the final rename stays on one
 *       file system) and force it to disk;</li>
 *   <li>if the target exists, give it a second name (a hard link: no data is copied, and the old
 *       file is already on disk), or where links are not supported copy it and force the copy:
 *       the next backup, ready but not yet in place;</li>
 *   <li>rename the new file over the target in one atomic step: this is the moment of the save;</li>
 *   <li>rename the prepared copy over {@code NAME.bak}.</li>
 * </ol>
 * A failure before step 3 leaves the target and the backup exactly as they were and removes the
 * temporary files. A failure in step 4 comes after the document is safely saved, so it does not
 * fail the save; the older backup simply stays.
 */
final class AtomicFileWriter {
    static final String BACKUP_SUFFIX = ".bak";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FileOps ops;

    AtomicFileWriter(FileOps ops) {
        this.ops = ops;
    }

    static AtomicFileWriter onDisk() {
        return new AtomicFileWriter(DiskFileOps.INSTANCE);
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    void write(Path target, byte[] bytes) throws IOException {
        write(target, FileContent.of(bytes));
    }

    /**
     * Saves content that is produced while it is written; when producing it fails (with an
     * exception of any kind), the save fails like any other step, leaving nothing damaged.
     */
    void write(Path target, FileContent content) throws IOException {
        Path real = resolveLink(target.toAbsolutePath());
        Path temp = newTempPath(real);
        Path backup = backupOf(real);
        Path nextBackup = newTempPath(backup);
        boolean hasPrevious = Files.exists(real);
        try {
            ops.createNew(temp);
            if (hasPrevious) {
                keepPermissions(real, temp);
            }
            ops.write(temp, content);
            ops.force(temp);
            if (hasPrevious) {
                prepareBackup(real, nextBackup);
            }
            ops.replace(temp, real);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            deleteQuietly(nextBackup);
            throw e;
        }
        if (hasPrevious) {
            try {
                ops.replace(nextBackup, backup);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(nextBackup);
            }
        }
    }

    /** A file someone made private stays private after a save. */
    private static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: the system's defaults apply
        }
    }

    private void prepareBackup(Path current, Path nextBackup) throws IOException {
        try {
            ops.link(current, nextBackup);
            return;
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here (FAT, some network shares): the copy below does the same job.
            deleteQuietly(nextBackup);
        }
        ops.copy(current, nextBackup);
        ops.force(nextBackup);
    }

    /** Saving through a symbolic link replaces the file it points to, not the link. */
    private static Path resolveLink(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    private static Path newTempPath(Path next) {
        String suffix = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        return next.resolveSibling("." + next.getFileName() + "." + suffix + ".tmp");
    }

    private void deleteQuietly(Path temp) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException | RuntimeException ignored) {
            // the save already failed; a leftover hidden temporary file is harmless
        }
    }
}
