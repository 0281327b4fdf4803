package app.masa.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Set;

/**
 * Saves bytes so that a crash, a full disk or a failing step never leaves a damaged file:
 * <ol>
 *   <li>write a temporary file next to the target (same folder, so the final rename stays on one
 *       file system) and force it to disk;</li>
 *   <li>if the target exists, give it a second name (a hard link: no data is copied, and the old
 *       file is already on disk), or where links are not supported copy it and force the copy:
 *       the next backup, ready but not yet in place;</li>
 *   <li>rename the new file over the target in one atomic step: this is the moment of the save;</li>
 *   <li>rename the prepared copy to {@code NAME.bak}, the older backup having been renamed out of
 *       the way, to be deleted without keeping the save waiting.</li>
 * </ol>
 * A failure before step 3 leaves the target and the backup exactly as they were and removes the
 * temporary files. A failure in step 4 comes after the document is safely saved, so it does not
 * fail the save; the older backup simply stays.
 *
 * <p>Files that are superseded by design (the recovery folder's copies, a PDF, PNG, SVG, CSV or
 * Mermaid export)
 * are {@linkplain #replace replaced} by steps 1 and 3 alone, without a backup; so are exports.
 */
public final class AtomicFileWriter {
    static final String BACKUP_SUFFIX = ".bak";
    private static final System.Logger LOG = System.getLogger(AtomicFileWriter.class.getName());

    private final FileOps ops;
    private final boolean keepsBackup;

    AtomicFileWriter(FileOps ops) {
        this(ops, true);
    }

    private AtomicFileWriter(FileOps ops, boolean keepsBackup) {
        this.ops = ops;
        this.keepsBackup = keepsBackup;
    }

    static AtomicFileWriter onDisk() {
        return new AtomicFileWriter(DiskFileOps.INSTANCE);
    }

    /** Replaces the file whole or not at all, keeping no backup of what it held. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, FileContent.of(bytes));
    }

    /**
     * Replaces the file whole or not at all with content produced while it is written (a PDF page
     * by page); when producing it fails, the file stays as it was.
     */
    public static void replace(Path target, FileContent content) throws IOException {
        new AtomicFileWriter(DiskFileOps.INSTANCE, false).write(target, content);
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
        boolean backsUp = keepsBackup && hasPrevious;
        try {
            Set<PosixFilePermission> permissions = hasPrevious ? permissionsOf(real) : null;
            ops.writeNew(temp, permissions, content);
            if (permissions != null) {
                keepPermissions(temp, permissions);
            }
            if (backsUp) {
                prepareBackup(real, nextBackup);
            }
            ops.replace(temp, real);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            deleteQuietly(nextBackup);
            throw e;
        }
        if (backsUp) {
            refreshBackup(nextBackup, backup);
        }
    }

    /**
     * Puts the prepared copy in place of the backup. The older backup is first renamed out of the
     * way and only then discarded: freeing a large file's space on the disk takes about as long as
     * writing it, and the save need not wait for that.
     */
    private void refreshBackup(Path nextBackup, Path backup) {
        Path older = Files.exists(backup) ? newTempPath(backup) : null;
        try {
            if (older != null) {
                ops.replace(backup, older);
            }
        } catch (IOException | RuntimeException e) {
            // The save itself succeeded; only the backup is a save behind.
            LOG.log(System.Logger.Level.WARNING, () -> "Saved, but the backup " + backup + " was not renewed", e);
            deleteQuietly(nextBackup);
            return;
        }
        try {
            ops.replace(nextBackup, backup);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Saved, but the backup " + backup + " was not renewed", e);
            deleteQuietly(nextBackup);
            if (older != null) {
                restoreQuietly(older, backup);
            }
            return;
        }
        if (older != null) {
            ops.discard(older);
        }
    }

    private void restoreQuietly(Path older, Path backup) {
        try {
            ops.replace(older, backup);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "The previous backup " + backup + " could not be put back", e);
            deleteQuietly(older);
        }
    }

    /** A file someone made private stays private after a save, from the new file's first byte. */
    private static Set<PosixFilePermission> permissionsOf(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return null; // not a POSIX file system: the system's defaults apply
        }
    }

    /** The system's file-creation mask may have taken bits away; a file shared with others stays shared. */
    private static void keepPermissions(Path file, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(permissions)) {
                Files.setPosixFilePermissions(file, permissions);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not ours to change: the file keeps the permissions it was created with
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

    /** Names need not be secret, only unlikely to meet: the file is created only if it does not exist. */
    private static Path newTempPath(Path next) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return next.resolveSibling("." + next.getFileName() + "." + suffix + ".tmp");
    }

    private void deleteQuietly(Path temp) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // the save already failed; a leftover hidden temporary file is harmless
            LOG.log(System.Logger.Level.INFO, () -> "Could not delete " + temp, e);
        }
    }
}
