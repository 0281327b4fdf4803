package app.masa.ui.interchange;

import app.masa.i18n.Messages;
import app.masa.io.interchange.CsvImportResult;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import app.masa.ui.dialog.ReadableColumns;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The cards a CSV import would add, as a table: where each lands and what it says. */
final class CsvPreview {
    /** Enough rows to judge the mapping by; the import itself takes every row. */
    static final int ROWS_SHOWN = 200;

    private final TableView<Card> table = new TableView<>();
    private JourneyMap map;

    CsvPreview() {
        table.setId("csv-import-preview");
        ReadableColumns.keep(table);
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("stage", c -> map.stage(c.stageId()).map(Stage::name).orElse("")));
        table.getColumns().add(column("lane", c -> map.lane(c.laneId()).map(Lane::title).orElse("")));
        table.getColumns().add(column("title", Card::title));
        table.getColumns().add(column("type",
                c -> Messages.get("palette.type." + c.type().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column("channel", c -> c.channel() == null ? ""
                : Messages.get("inspector.channel." + c.channel().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column("score", c -> c.score() == null ? "" : map.scale().label(c.score())));
    }

    TableView<Card> node() {
        return table;
    }

    void show(CsvImportResult result) {
        map = result.map();
        table.getItems().setAll(result.cards().subList(0, Math.min(ROWS_SHOWN, result.cards().size())));
        table.setPlaceholder(new javafx.scene.control.Label(Messages.get(result.isOk()
                ? "interchange.csv.dialog.nothing" : "interchange.csv.dialog.fix")));
    }

    private TableColumn<Card, String> column(String field, Function<Card, String> text) {
        TableColumn<Card, String> column = new TableColumn<>(Messages.get("interchange.field." + field));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
