package app.masa.ui.analysis;

import app.masa.edit.Command;
import app.masa.i18n.Messages;
import app.masa.ui.session.DocumentSession;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A titled column of labelled figure fields, in the inspector's look, with a line for the last problem. */
final class FigureForm {
    private final VBox box = new VBox();
    private final Map<Node, Label> labels = new HashMap<>();
    private final Label problem = new Label();
    private final String id;

    FigureForm(String id, String headingKey) {
        this.id = id;
        box.setId(id);
        box.getStyleClass().addAll("inspector-form", "inspector-figures");
        Label heading = new Label(Messages.get(headingKey));
        heading.getStyleClass().add("panel-heading");
        box.getChildren().add(heading);
    }

    void add(String labelText, Node control) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        labels.put(control, label);
        box.getChildren().addAll(label, control);
    }

    Label labelOf(Node control) {
        return labels.get(control);
    }

    void addProblemLine() {
        problem.setId(id + "-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("panel-hint");
        box.getChildren().add(problem);
    }

    /** Shows why a value was not taken; always false, so a commit can return it. */
    boolean refuse(String message) {
        problem.setText(message);
        return false;
    }

    void clearProblem() {
        problem.setText("");
    }

    /**
     * Takes new figures as one undo step; false, with a message, when the record refuses them as
     * out of range.
     */
    <T> boolean commit(DocumentSession session, Supplier<T> figures, Function<T, Command> edit) {
        T value;
        try {
            value = figures.get();
        } catch (IllegalArgumentException e) {
            return refuse(Messages.get("inspector.metrics.outOfRange"));
        }
        clearProblem();
        session.execute(edit.apply(value));
        session.seal();
        return true;
    }

    VBox node() {
        return box;
    }
}
