package app.masa.ui.help;

import app.masa.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** The bottom row of a help window: its own action at the reading start, Close (also Escape) at the end. */
final class WindowButtons {
    private WindowButtons() {
    }

    static HBox of(Node action, String closeId, Stage stage) {
        Button close = new Button(Messages.get("dialog.close"));
        close.setId(closeId);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, action, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        return buttons;
    }
}
