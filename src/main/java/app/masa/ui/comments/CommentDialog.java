package app.masa.ui.comments;

import app.masa.edit.CommentEdits;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Edit > Comment… and the canvas's "Comment…": one remark about a card, stage or lane, signed with
 * the name from the preferences, which the person can change here (it is remembered). The remark
 * joins the thing's thread, one undo step.
 */
public final class CommentDialog {
    private CommentDialog() {
    }

    /** Asks for a remark about the selected card, stage or lane; says so when nothing is selected. */
    public static void forSelection(Window owner, DocumentSession session, ShellPreferences preferences) {
        String target = CommentTargets.selected(session.selection());
        if (target == null) {
            Dialogs.showError(owner, Messages.get("comments.nothingSelected"), Messages.get("comments.nothingSelected.how"));
            return;
        }
        show(owner, session, preferences, target);
    }

    public static Dialog<ButtonType> show(Window owner, DocumentSession session, ShellPreferences preferences,
                                          String target) {
        JourneyMap map = session.currentMap();
        TextField author = new TextField(preferences.commentAuthor());
        author.setId("comment-author");
        author.setPromptText(Messages.get("comments.author.prompt"));
        TextArea text = new TextArea();
        text.setId("comment-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPrefColumnCount(36);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("comments.author")), author);
        form.addRow(1, new Label(Messages.get("comments.text")), text);
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setVgrow(text, Priority.ALWAYS);

        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "comment");
        dialog.setTitle(Messages.get("comments.dialog.title"));
        dialog.setHeaderText(CommentTargets.name(map, target));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("comment-dialog");
        ButtonType add = Dialogs.actionAndCancel(dialog, Messages.get("comments.add"), "comment-add");
        Node addButton = dialog.getDialogPane().lookupButton(add);
        addButton.disableProperty().bind(text.textProperty().isEmpty());
        dialog.setOnShown(e -> Platform.runLater(text::requestFocus));
        // Enter writes a new line in the remark; Ctrl+Enter adds it, as in most chat and comment boxes.
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !text.getText().isBlank()) {
                e.consume();
                ((Button) addButton).fire();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == add && !text.getText().isBlank()) {
                preferences.setCommentAuthor(author.getText());
                session.execute(CommentEdits.comment(map.id(), target, author.getText().strip(), Instant.now(),
                        text.getText().strip()));
            }
            return button;
        });
        dialog.show();
        return dialog;
    }
}
