package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.WindowFit;
import app.masa.ui.common.LanguageSwitch;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window that floats beside the editor (the timer, the vote), made once and shown again.
 * It docks where it hides no card and leaves the keyboard with the map (see {@link ClearCorner}
 * and {@link KeyboardHandBack}). Its content is made anew in the interface language whenever that
 * changes, also while the window is hidden (behind a presentation), so it never comes back in the
 * language it was made in.
 */
final class ToolWindow {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final StackPane root = new StackPane();
    private final String titleKey;
    private final Supplier<Parent> content;
    private Locale wordsIn;

    /**
     * @param preferred the size it opens at the first time, or null for its content's own size
     * @param keyboard the node that owns the keyboard now, which keys typed here go on to; null for a
     *                 window that keeps the keyboard it is given (the room's queue is worked by key)
     */
    ToolWindow(Window owner, String titleKey, String id, Supplier<Parent> content, Dimension2D preferred,
               Runnable present, Supplier<Node> keyboard, WindowFit.Anchor dock) {
        this.titleKey = titleKey;
        this.content = content;
        root.setId(id);
        root.getStyleClass().add("tool-window");
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.getStylesheets().add(ToolWindow.class.getResource("workshop.css").toExternalForm());
        // F5 presents from here too: the facilitator's focus is often on the timer or the tally.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), present);
        stage.setScene(scene);
        WindowFit.stage(stage, id, preferred, dock);
        if (keyboard != null) {
            KeyboardHandBack.install(stage, keyboard);
        }
        sayWords();
        LanguageSwitch.follow(stage, this::sayWords);
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void hide() {
        stage.hide();
    }

    void show() {
        if (!Messages.locale().equals(wordsIn)) {
            sayWords();
        }
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void sayWords() {
        root.getChildren().setAll(content.get());
        root.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        stage.setTitle(Messages.get(titleKey));
        wordsIn = Messages.locale();
    }
}
