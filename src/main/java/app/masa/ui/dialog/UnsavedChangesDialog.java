package app.masa.ui.dialog;

import app.masa.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** "Save changes to …?" with Save, Don't save and Cancel, asked before the document is dropped. */
public final class UnsavedChangesDialog {
    /** What the user chose. */
    public enum Answer { SAVE, DISCARD, CANCEL }

    private UnsavedChangesDialog() {
    }

    public static Answer ask(Window owner, String documentName) {
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("dialog.unsaved.detail"), save, discard, cancel);
        Dialogs.prepare(alert, owner);
        alert.setHeaderText(Messages.get("dialog.unsaved.question", documentName));
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        if (chosen == save) {
            return Answer.SAVE;
        }
        return chosen == discard ? Answer.DISCARD : Answer.CANCEL;
    }
}
