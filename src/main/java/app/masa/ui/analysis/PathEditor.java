package app.masa.ui.analysis;

import app.masa.analysis.StepNames;
import app.masa.i18n.Messages;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Adding or editing one conversion path: its steps in order, its conversions and its value. */
final class PathEditor {
    private final Dialog<ConversionPath> dialog = new Dialog<>();
    private final ListView<StepChoice> steps = new ListView<>();
    private final ComboBox<StepChoice> next = new ComboBox<>();
    private final TextField conversions = new TextField();
    private final TextField value = new TextField();
    private final Label problem = new Label();
    private final ConversionPath original;
    private ConversionPath edited;

    private PathEditor(Window owner, JourneyMap map, ConversionPath path) {
        this.original = path;
        Dialogs.prepare(dialog, owner, "path");
        dialog.setTitle(Messages.get("analysis.paths.editor.title"));
        dialog.setHeaderText(Messages.get("analysis.paths.editor.header"));
        StepNames names = new StepNames(map);
        for (String step : path.steps()) {
            steps.getItems().add(new StepChoice(step, names.stepName(step)));
        }
        steps.setId("path-editor-steps");
        steps.setPrefHeight(180);
        next.getItems().setAll(StepChoice.of(map));
        next.setId("path-editor-next");
        next.setPromptText(Messages.get("analysis.paths.editor.choose"));
        Button add = new Button(Messages.get("analysis.paths.editor.addStep"));
        add.setId("path-editor-add-step");
        add.disableProperty().bind(next.valueProperty().isNull());
        add.setOnAction(e -> steps.getItems().add(next.getValue()));
        Button remove = new Button(Messages.get("analysis.paths.editor.removeStep"));
        remove.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> steps.getItems().remove(steps.getSelectionModel().getSelectedIndex()));
        Button up = new Button(Messages.get("analysis.paths.editor.earlier"));
        up.disableProperty().bind(steps.getSelectionModel().selectedIndexProperty().lessThan(1));
        up.setOnAction(e -> move(-1));
        conversions.setId("path-editor-conversions");
        conversions.setText(path.conversions() == 0 && path.steps().isEmpty() ? "" : Long.toString(path.conversions()));
        value.setId("path-editor-value");
        value.setText(path.value() == 0 ? "" : NumberText.format(path.value(), "en"));
        GridPane numbers = new GridPane();
        numbers.setHgap(8);
        numbers.setVgap(6);
        numbers.addRow(0, new Label(Messages.get("analysis.paths.conversions")), conversions);
        numbers.addRow(1, new Label(Messages.get("analysis.paths.value", map.effectiveCurrency())), value);
        problem.setWrapText(true);
        problem.setId("path-editor-problem");
        dialog.getDialogPane().setContent(new VBox(8, steps, new HBox(6, next, add), new HBox(6, up, remove),
                numbers, problem));
        ButtonType ok = new ButtonType(Messages.get("analysis.paths.editor.ok"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("path-editor-ok");
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (!read()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? edited : null);
    }

    static Optional<ConversionPath> edit(Window owner, JourneyMap map, ConversionPath path) {
        return new PathEditor(owner, map, path).dialog.showAndWait();
    }

    private void move(int by) {
        int at = steps.getSelectionModel().getSelectedIndex();
        StepChoice step = steps.getItems().remove(at);
        steps.getItems().add(at + by, step);
        steps.getSelectionModel().select(at + by);
    }

    private boolean read() {
        if (steps.getItems().isEmpty()) {
            problem.setText(Messages.get("analysis.paths.editor.noSteps"));
            return false;
        }
        OptionalDouble count = NumberText.parse(conversions.getText());
        if (count.isEmpty() || count.getAsDouble() < 0 || count.getAsDouble() != Math.rint(count.getAsDouble())) {
            problem.setText(Messages.get("analysis.paths.editor.badConversions"));
            return false;
        }
        OptionalDouble worth = NumberText.isBlank(value.getText()) ? OptionalDouble.of(0) : NumberText.parse(value.getText());
        if (worth.isEmpty() || worth.getAsDouble() < 0) {
            problem.setText(Messages.get("analysis.paths.editor.badValue"));
            return false;
        }
        List<String> keys = steps.getItems().stream().map(StepChoice::key).toList();
        edited = original.withSteps(keys).withConversions((long) count.getAsDouble()).withValue(worth.getAsDouble());
        return true;
    }
}
