package app.masa.ui.interchange;

import app.masa.i18n.Messages;
import app.masa.io.interchange.InterchangeException;
import app.masa.ui.dialog.Dialogs;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.Window;

/**
 * Reading and writing files off the UI thread: the window stays responsive, the result comes back
 * on the UI thread, and a failure becomes a plain message naming the file.
 */
final class FileWork {
    private static final System.Logger LOG = System.getLogger(FileWork.class.getName());
    private FileWork() {
    }

    static <T> Task<T> run(Window owner, String fileName, Callable<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not read or write " + fileName, task.getException());
            Dialogs.showError(owner, Messages.get("interchange.failed", fileName), reason(task.getException()));
        });
        Thread thread = new Thread(task, "masa-interchange");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    static String reason(Throwable e) {
        if (e instanceof InterchangeException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("interchange.ui.notFound");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("interchange.ui.denied");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
