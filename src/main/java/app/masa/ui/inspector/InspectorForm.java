package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A column of labelled fields, each label above its control, sized for a narrow side panel. */
final class InspectorForm {
    private final VBox box = new VBox();

    InspectorForm(String headingKey) {
        Label heading = new Label(Messages.get(headingKey));
        heading.getStyleClass().add("panel-heading");
        box.getStyleClass().add("inspector-form");
        box.getChildren().add(heading);
    }

    <N extends Node> N add(String labelKey, N control) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        VBox.setVgrow(control, Priority.NEVER);
        box.getChildren().addAll(label, control);
        return control;
    }

    void addNode(Node node) {
        box.getChildren().add(node);
    }

    void addHint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("panel-hint");
        box.getChildren().add(hint);
    }

    VBox node() {
        return box;
    }

    static TextField textField(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    static TextArea textArea(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }
}
