package app.masa.ui.interchange;

import app.masa.i18n.Messages;
import app.masa.io.interchange.CardField;
import app.masa.io.interchange.CsvCardImport;
import app.masa.io.interchange.CsvImportResult;
import app.masa.io.interchange.CsvMapping;
import app.masa.io.interchange.CsvTable;
import app.masa.io.interchange.LineProblem;
import app.masa.io.interchange.UnknownPlaces;
import app.masa.model.JourneyMap;
import app.masa.ui.dialog.Dialogs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Importing a CSV of cards into the current map: which column fills which field (guessed from the
 * header, in English or Hebrew), what to do with stages and lanes the map lacks, a preview of the
 * cards as they will land, and the problems that stop the import, each with its line.
 */
final class CsvImportDialog {
    private static final int NO_COLUMN = -1;

    private final Dialog<CsvImportResult> dialog = new Dialog<>();
    private final JourneyMap map;
    private final CsvTable table;
    private final Map<CardField, ComboBox<Integer>> columns = new EnumMap<>(CardField.class);
    private final RadioButton create = new RadioButton(Messages.get("interchange.csv.policy.create"));
    private final RadioButton report = new RadioButton(Messages.get("interchange.csv.policy.report"));
    private final CsvPreview preview;
    private final ListView<String> problems = new ListView<>();
    private final Label summary = new Label();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private CsvImportResult result;

    private CsvImportDialog(Window owner, JourneyMap map, CsvTable table, String fileName) {
        this.map = map;
        this.table = table;
        this.preview = new CsvPreview();
        Dialogs.prepare(dialog, owner, "csv-import");
        dialog.setTitle(Messages.get("interchange.csv.dialog.title"));
        dialog.setHeaderText(Messages.get("interchange.csv.dialog.header", fileName, table.records().size(), map.title()));
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(Messages.get("interchange.csv.dialog.import"),
                ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(importButton, cancel);
        dialog.getDialogPane().lookupButton(importButton).setId("csv-import-ok");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(760, 620);
        dialog.setResultConverter(button -> button == importButton ? result : null);
        update();
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(ready.not());
    }

    /** Shows the dialog; {@code imported} gets what to add when the person imports, nothing when they cancel. */
    static Dialog<CsvImportResult> show(Window owner, JourneyMap map, CsvTable table, String fileName,
                                        Consumer<CsvImportResult> imported) {
        CsvImportDialog shown = new CsvImportDialog(owner, map, table, fileName);
        shown.dialog.setOnHidden(e -> {
            if (shown.dialog.getResult() != null) {
                imported.accept(shown.dialog.getResult());
            }
        });
        shown.dialog.show();
        return shown.dialog;
    }

    private Node content() {
        GridPane mapping = new GridPane();
        mapping.setHgap(8);
        mapping.setVgap(4);
        CsvMapping guessed = CsvMapping.guess(table.header());
        int row = 0;
        for (CardField field : CardField.values()) {
            ComboBox<Integer> choice = new ComboBox<>();
            choice.setId("csv-column-" + field.name().toLowerCase(Locale.ROOT));
            List<Integer> items = new ArrayList<>();
            items.add(NO_COLUMN);
            for (int i = 0; i < table.header().size(); i++) {
                items.add(i);
            }
            choice.getItems().setAll(items);
            choice.setCellFactory(list -> new ColumnCell());
            choice.setButtonCell(new ColumnCell());
            choice.setValue(guessed.column(field).orElse(NO_COLUMN));
            choice.valueProperty().addListener((o, was, now) -> update());
            columns.put(field, choice);
            Label label = new Label(Messages.get("interchange.field." + field.name().toLowerCase(Locale.ROOT)));
            label.setLabelFor(choice);
            mapping.add(label, (row % 2) * 2, row / 2);
            mapping.add(choice, (row % 2) * 2 + 1, row / 2);
            row++;
        }
        ToggleGroup policy = new ToggleGroup();
        create.setToggleGroup(policy);
        report.setToggleGroup(policy);
        create.setId("csv-policy-create");
        report.setId("csv-policy-report");
        create.setSelected(true);
        policy.selectedToggleProperty().addListener((o, was, now) -> update());
        problems.setId("csv-import-problems");
        problems.setPrefHeight(110);
        summary.setId("csv-import-summary");
        summary.setWrapText(true);
        Label mappingTitle = heading("interchange.csv.dialog.mapping");
        Label previewTitle = heading("interchange.csv.dialog.preview");
        VBox box = new VBox(8, mappingTitle, mapping, create, report, previewTitle, preview.node(), summary, problems);
        box.setId("csv-import-dialog");
        return box;
    }

    private void update() {
        CsvMapping mapping = new CsvMapping(Map.of());
        for (Map.Entry<CardField, ComboBox<Integer>> entry : columns.entrySet()) {
            Integer column = entry.getValue().getValue();
            mapping = mapping.with(entry.getKey(), column == null || column == NO_COLUMN ? null : column);
        }
        UnknownPlaces policy = report.isSelected() ? UnknownPlaces.REPORT : UnknownPlaces.CREATE;
        result = CsvCardImport.apply(map, table, mapping, policy);
        ready.set(result.isOk());
        preview.show(result);
        problems.getItems().setAll(result.problems().stream().map(LineProblem::toString).toList());
        problems.setVisible(!result.isOk());
        problems.setManaged(!result.isOk());
        summary.setText(result.isOk()
                ? Messages.get("interchange.csv.dialog.summary", result.cards().size(), result.newStages().size(),
                        result.newLanes().size())
                : Messages.get("interchange.csv.dialog.blocked", result.problems().size()));
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("panel-heading");
        return label;
    }

    private final class ColumnCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item == NO_COLUMN) {
                setText(Messages.get("interchange.csv.column.none"));
            } else {
                setText(Messages.get("interchange.csv.column", item + 1, table.header().get(item)));
            }
        }
    }
}
