package app.masa.ui.dialog;

import app.masa.i18n.Messages;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Shared set-up for every dialog: owner, mirrored in Hebrew, the app's style, the app's name. */
public final class Dialogs {
    private Dialogs() {
    }

    public static <T> Dialog<T> prepare(Dialog<T> dialog, Window owner) {
        return prepare(dialog, owner, null);
    }

    /**
     * As {@link #prepare(Dialog, Window)}, for a dialog whose size is worth remembering under {@code name}
     * (one with a list, a preview or a form that the user may want larger).
     */
    public static <T> Dialog<T> prepare(Dialog<T> dialog, Window owner, String name) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.setTitle(Messages.get("app.name"));
        dialog.getDialogPane().setNodeOrientation(
                Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        WindowFit.dialog(dialog, name);
        return dialog;
    }

    /**
     * Gives a dialog its two buttons: one that says what it does (the default, with {@code actionId}
     * for tests and styling) and Cancel. Returns the action's type, to tell it from Cancel.
     */
    public static ButtonType actionAndCancel(Dialog<?> dialog, String actionText, String actionId) {
        ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(action,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(action).setId(actionId);
        return action;
    }

    /** The window the user is working in (the focused one), for a message raised where no window is at hand. */
    public static Window activeWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }

    /** A plain error: what went wrong in one line, the reason below it; never a stack trace. */
    public static void showError(Window owner, String headline, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason, ButtonType.OK);
        prepare(alert, owner);
        alert.setHeaderText(headline);
        alert.showAndWait();
    }

    /** Asks before something that cannot be taken back; true when the user agreed. */
    public static boolean confirm(Window owner, String question, String detail) {
        return confirm(owner, question, detail, Messages.get("dialog.delete"));
    }

    /** Asks a yes-or-cancel question whose yes button says what it does ("End Session"). */
    public static boolean confirm(Window owner, String question, String detail, String yesText) {
        ButtonType yes = new ButtonType(yesText, ButtonType.OK.getButtonData());
        ButtonType no = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, yes, no);
        prepare(alert, owner);
        alert.setHeaderText(question);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
