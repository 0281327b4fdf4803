package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.WindowFit;
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
 * and {@link KeyboardHandBack}).
 */
final class ToolWindow {
    private final Stage stage = new Stage(StageStyle.UTILITY);

    /**
     * @param preferred the size it opens at the first time, or null for its content's own size
     * @param keyboard the node that owns the keyboard now, which keys typed here go on to
     */
    ToolWindow(Window owner, String titleKey, String id, Parent content, Dimension2D preferred, Runnable present,
               Supplier<Node> keyboard, WindowFit.Anchor dock) {
        StackPane root = new StackPane(content);
        root.setId(id);
        root.getStyleClass().add("tool-window");
        root.setPadding(new Insets(16));
        root.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
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
        KeyboardHandBack.install(stage, keyboard);
        stage.setTitle(Messages.get(titleKey));
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void hide() {
        stage.hide();
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
