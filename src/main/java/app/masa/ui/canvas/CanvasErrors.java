package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.Dialogs;
import javafx.scene.control.Alert;

/** A change the document refused (a stale selection, a rule of the model), told in a plain sentence. */
final class CanvasErrors {
    private CanvasErrors() {
    }

    static void show(RuntimeException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? Messages.get("canvas.error.unknown")
                : e.getMessage();
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("canvas.error.refused", reason));
        Dialogs.prepare(alert, Dialogs.activeWindow());
        alert.setHeaderText(null);
        alert.show();
    }
}
