package app.masa.ui.recovery;

import app.masa.document.DiskRecord;
import app.masa.document.OpenDocument;
import app.masa.io.recovery.DiskChange;
import app.masa.io.recovery.DocumentLock;
import app.masa.io.recovery.ProcessOwner;
import app.masa.ui.session.DocumentSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Watches the open document's file for changes made by others: the document remembers what the
 * file looked like when Masa last read or wrote it; this checks again when the window regains focus
 * and before every save, asks the user what to do, and holds a lock file so a second window or
 * process opening the same file is warned. Reading the disk happens off the UI thread.
 */
public final class FileWatch {
    private static final System.Logger LOG = System.getLogger(FileWatch.class.getName());
    private static final ExecutorService DISK = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "masa-filewatch");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) ->
                LOG.log(System.Logger.Level.ERROR, "Watching the open file failed", e));
        return thread;
    });

    private final Stage stage;
    private final DocumentSession session;
    private final OpenDocument document;
    private final BooleanSupplier busy;
    private final Consumer<Path> reload;
    private final Consumer<Path> compare;
    private final ProcessOwner owner = ProcessOwner.newForThisProcess();
    private DocumentLock lock;
    private boolean asking;

    /**
     * @param busy   true while the file is being read or written (no check then: the file is ours)
     * @param reload opens the file again, replacing the document
     * @param compare shows the file's version beside the open document, changing nothing
     */
    public FileWatch(Stage stage, DocumentSession session, BooleanSupplier busy, Consumer<Path> reload,
                     Consumer<Path> compare) {
        this.stage = stage;
        this.session = session;
        this.document = session.owner();
        this.busy = busy;
        this.reload = reload;
        this.compare = compare;
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                checkOnReturn();
            }
        });
        stage.showingProperty().addListener((o, was, showing) -> {
            if (was && !showing) {
                // At once, not on the background thread: the process may be about to end.
                DocumentLock held = lock;
                lock = null;
                if (held != null) {
                    held.release();
                }
            }
        });
    }

    /** The window now shows {@code file} (opened, saved under a new name, recovered): lock it, warn if taken. */
    public void track(Path file) {
        releaseLock();
        if (file == null) {
            return;
        }
        Path normal = normal(file);
        DISK.execute(() -> {
            DocumentLock.Result result = DocumentLock.acquire(normal, owner, Clock.systemUTC());
            Platform.runLater(() -> {
                // The window closed or moved on to another file while the lock was being taken.
                if (!stage.isShowing() || !normal.equals(currentFile())) {
                    result.lock().ifPresent(DocumentLock::release);
                    return;
                }
                lock = result.lock().orElse(null);
                result.heldBy().ifPresent(holder -> FileWatchDialogs.alreadyOpen(stage, normal, holder));
            });
        });
    }

    /** A recovered document's file: what is on disk now is what the user will be warned about changing. */
    public void trackRecovered(Path file) {
        if (file != null) {
            Path normal = normal(file);
            DISK.execute(() -> document.recordOnDisk(normal));
        }
        track(file);
    }

    /** Runs {@code save} unless someone else changed {@code file} and the user prefers not to overwrite it. */
    public void beforeSave(Path file, Runnable save) {
        DiskRecord before = document.diskRecord().orElse(null);
        if (before == null || !before.isOf(file)) {
            save.run();
            return;
        }
        DISK.execute(() -> {
            DiskChange change = before.changeSince();
            Platform.runLater(() -> {
                if (change != DiskChange.CHANGED || FileWatchDialogs.overwriteTheirChanges(stage, before.file())) {
                    save.run();
                }
            });
        });
    }

    /** Looks now, as on the window's return, whether someone else changed the open file, and asks if so. */
    public void checkOnReturn() {
        DiskRecord before = document.diskRecord().orElse(null);
        if (before == null || asking || busy.getAsBoolean() || !before.isOf(currentFile())) {
            return;
        }
        DISK.execute(() -> {
            DiskChange change = before.changeSince();
            if (change != DiskChange.NONE) {
                Platform.runLater(() -> answer(before, change));
            }
        });
    }

    private void answer(DiskRecord before, DiskChange change) {
        // Saved, reloaded or opened something else meanwhile: the question no longer stands.
        if (asking || document.diskRecord().orElse(null) != before || busy.getAsBoolean()) {
            return;
        }
        asking = true;
        try {
            if (change == DiskChange.REMOVED) {
                document.acknowledge(before, before.forgotten());
                FileWatchDialogs.removed(stage, before.file());
            } else {
                FileWatchDialogs.TheirVersion answer =
                        FileWatchDialogs.askAboutTheirVersion(stage, before.file(), session.dirtyProperty().get());
                if (answer == FileWatchDialogs.TheirVersion.RELOAD) {
                    reload.accept(before.file());
                } else {
                    // Kept or compared: the user knows the file differs, so saving over it later is their choice.
                    DISK.execute(() -> document.acknowledge(before, DiskRecord.read(before.file())));
                    if (answer == FileWatchDialogs.TheirVersion.COMPARE) {
                        compare.accept(before.file());
                    }
                }
            }
        } finally {
            asking = false;
        }
    }

    private Path currentFile() {
        Path file = session.fileProperty().get();
        return file == null ? null : normal(file);
    }

    private void releaseLock() {
        DocumentLock held = lock;
        lock = null;
        if (held != null) {
            DISK.execute(held::release);
        }
    }

    private static Path normal(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }
}
