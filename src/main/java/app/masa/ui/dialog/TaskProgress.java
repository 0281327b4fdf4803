package app.masa.ui.dialog;

import app.masa.export.ExportCancelledException;
import app.masa.i18n.Messages;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The small window that shows long work (an export, a print job) with a Cancel button. It closes
 * when the work ends, shows a plain error if the work failed, and stops the work only when the
 * person cancels it.
 */
public final class TaskProgress {
    private static final System.Logger LOG = System.getLogger(TaskProgress.class.getName());
    private TaskProgress() {
    }

    /**
     * @param cancelId the id of the Cancel button, for tests and styling
     * @param failureHeader the headline of the error shown if the work fails
     */
    public static void show(Window owner, Task<?> task, String header, Node content, String cancelId,
                            String failureHeader) {
        Alert progress = new Alert(Alert.AlertType.NONE);
        Dialogs.prepare(progress, owner);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        progress.getButtonTypes().setAll(cancel);
        progress.getDialogPane().lookupButton(cancel).setId(cancelId);
        progress.setHeaderText(header);
        progress.getDialogPane().setContent(content);
        // Only the person stops the work: the Cancel button (also fired by Escape) or the close box.
        // A window hidden for another reason (its owner closing) lets the work finish. Closing the
        // window when the work has ended asks to close too; a task told it succeeded may still be
        // returning on its thread, where cancelling would turn the success into a cancellation.
        progress.getDialogPane().lookupButton(cancel).addEventFilter(ActionEvent.ACTION, e -> stop(task));
        progress.setOnCloseRequest(e -> stop(task));
        task.setOnSucceeded(e -> progress.close());
        task.setOnCancelled(e -> progress.close());
        task.setOnFailed(e -> {
            progress.close();
            Throwable failure = task.getException();
            if (!(failure instanceof ExportCancelledException)) {
                LOG.log(System.Logger.Level.WARNING, failureHeader, failure);
                String reason = failure == null || failure.getMessage() == null
                        ? Messages.get("dialog.file.unexpected") : failure.getMessage();
                Dialogs.showError(owner, failureHeader, reason);
            }
        });
        progress.show();
    }

    private static void stop(Task<?> task) {
        if (task.isRunning()) {
            task.cancel();
        }
    }
}
