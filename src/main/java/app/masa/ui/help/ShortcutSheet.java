package app.masa.ui.help;

import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The keyboard guide laid out, the same on screen and on paper: a heading for each group, then a line
 * for each shortcut, its keys first, drawn like keys, then what they do.
 */
final class ShortcutSheet {
    static final String STYLESHEET = ShortcutSheet.class.getResource("/app/masa/ui/help/help.css").toExternalForm();
    /** Room for three keys side by side, so most lines keep their keys on one row. */
    static final double KEYS_WIDTH = 240;

    private ShortcutSheet() {
    }

    /** The nodes of the guide, one per heading and one per line, in reading order. */
    static List<Node> nodes(List<ShortcutGroup> groups) {
        List<Node> nodes = new ArrayList<>();
        for (ShortcutGroup group : groups) {
            nodes.add(heading(group.title()));
            for (Shortcut shortcut : group.shortcuts()) {
                nodes.add(line(shortcut));
            }
        }
        return nodes;
    }

    static Label heading(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("shortcut-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        return heading;
    }

    static HBox line(Shortcut shortcut) {
        FlowPane keys = new FlowPane(4, 4);
        keys.getStyleClass().add("shortcut-keys");
        keys.setMinWidth(KEYS_WIDTH);
        keys.setPrefWrapLength(KEYS_WIDTH);
        keys.setMaxWidth(KEYS_WIDTH);
        for (String key : shortcut.keys()) {
            Label cap = new Label(key);
            cap.getStyleClass().add("keycap");
            // Key names read left to right on every keyboard, "Ctrl+Shift+Z" in a Hebrew window too.
            cap.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            cap.setMinWidth(Label.USE_PREF_SIZE);
            keys.getChildren().add(cap);
        }
        Label action = new Label(shortcut.action());
        action.getStyleClass().add("shortcut-action");
        action.setWrapText(true);
        action.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(action, Priority.ALWAYS);
        HBox line = new HBox(12, keys, action);
        line.getStyleClass().add("shortcut-line");
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }
}
