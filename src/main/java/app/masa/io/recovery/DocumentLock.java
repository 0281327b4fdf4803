package app.masa.io.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * A small file next to an open document, {@code .~NAME.lock}, saying which Masa has it open, so a
 * second window or process can warn before two people overwrite each other. It is advice, not an
 * operating-system lock: sync clients copy it like any file, and a lock left by a process that
 * died on this machine is ignored.
 */
public final class DocumentLock {
    private static final System.Logger LOG = System.getLogger(DocumentLock.class.getName());
    private static final int MAX_BYTES = 4096;

    private final Path lockFile;
    private final ProcessOwner owner;

    private DocumentLock(Path lockFile, ProcessOwner owner) {
        this.lockFile = lockFile;
        this.owner = owner;
    }

    /** Who else has a document open, and since when. */
    public record Holder(ProcessOwner owner, Instant since) {
    }

    /** The outcome of {@link #acquire}: this window's lock, or the one already there. */
    public record Result(Optional<DocumentLock> lock, Optional<Holder> heldBy) {
        static Result acquired(DocumentLock lock) {
            return new Result(Optional.of(lock), Optional.empty());
        }

        static Result held(Holder holder) {
            return new Result(Optional.empty(), Optional.of(holder));
        }

        /** Neither: the folder takes no lock file (read-only media). The document opens anyway. */
        static Result none() {
            return new Result(Optional.empty(), Optional.empty());
        }
    }

    public static Path lockFileOf(Path document) {
        Path absolute = document.toAbsolutePath();
        return absolute.resolveSibling(".~" + absolute.getFileName() + ".lock");
    }

    /** Takes the lock for {@code owner} unless another live window or process holds it. */
    public static Result acquire(Path document, ProcessOwner owner, Clock clock) {
        Path lockFile = lockFileOf(document);
        byte[] content = describe(owner, clock.instant());
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.write(lockFile, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return Result.acquired(new DocumentLock(lockFile, owner));
            } catch (FileAlreadyExistsException e) {
                Optional<Holder> holder = read(lockFile);
                if (holder.isPresent() && holder.get().owner().sameAs(owner)) {
                    return Result.acquired(new DocumentLock(lockFile, owner));
                }
                if (holder.isPresent() && holder.get().owner().mayBeAlive()) {
                    return Result.held(holder.get());
                }
                // Left by a process that is gone (or unreadable): not a reason to warn anyone.
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException gone) {
                    LOG.log(System.Logger.Level.INFO, () -> "Could not remove the stale lock " + lockFile, gone);
                    return Result.none();
                }
            } catch (IOException | UnsupportedOperationException e) {
                // A read-only folder, for instance: the map opens, without the warning for a second window.
                LOG.log(System.Logger.Level.INFO, () -> "Could not create the lock " + lockFile, e);
                return Result.none();
            }
        }
        return Result.none();
    }

    /** Who the lock file names as holder, if it can be read (the holder may have ended since). */
    public static Optional<Holder> read(Path lockFile) {
        try (InputStream in = Files.newInputStream(lockFile)) {
            Properties p = new Properties();
            p.load(new StringReader(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8)));
            long pid = Long.parseLong(p.getProperty("pid", "-1"));
            Instant started = p.getProperty("started") == null ? null : Instant.parse(p.getProperty("started"));
            Instant since = Instant.parse(p.getProperty("since"));
            return Optional.of(new Holder(new ProcessOwner(pid, p.getProperty("host", ""), started,
                    p.getProperty("token", "")), since));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Half-written or not ours: treated as no lock at all.
            return Optional.empty();
        }
    }

    public Path file() {
        return lockFile;
    }

    /** Removes the lock file if it is still this window's. */
    public void release() {
        Optional<Holder> holder = read(lockFile);
        if (holder.isPresent() && holder.get().owner().sameAs(owner)) {
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // a lock left behind is ignored once this process has ended
                LOG.log(System.Logger.Level.INFO, () -> "Could not remove the lock " + lockFile, e);
            }
        }
    }

    private static byte[] describe(ProcessOwner owner, Instant now) {
        StringBuilder text = new StringBuilder();
        text.append("# Masa has this map open; the file goes away when it is closed.\n");
        text.append("pid=").append(owner.pid()).append('\n');
        text.append("host=").append(owner.host()).append('\n');
        if (owner.started() != null) {
            text.append("started=").append(owner.started()).append('\n');
        }
        text.append("token=").append(owner.token()).append('\n');
        text.append("since=").append(now).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
