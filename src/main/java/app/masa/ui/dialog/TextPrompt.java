package app.masa.ui.dialog;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for one line of text (a new name), offering the current one; empty when cancelled or blank. */
public final class TextPrompt {
    private TextPrompt() {
    }

    public static Optional<String> ask(Window owner, String headline, String label, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        Dialogs.prepare(dialog, owner);
        dialog.setHeaderText(headline);
        dialog.setContentText(label);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
