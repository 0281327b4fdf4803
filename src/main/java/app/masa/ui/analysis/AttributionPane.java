package app.masa.ui.analysis;

import app.masa.analysis.AttributionModel;
import app.masa.analysis.AttributionTable;
import app.masa.analysis.MapAttribution;
import app.masa.analysis.StepNames;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import app.masa.ui.session.DocumentSession;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The credit each touchpoint or channel earns under the five attribution models, side by side as a
 * table and as a bar chart; the totals row shows that every model hands out the same conversions.
 * Every figure has one decimal, so the columns line up on the decimal point.
 */
final class AttributionPane {
    /** The header and three rows, whatever the split between table and chart. */
    private static final double TABLE_MIN_HEIGHT = 150;
    /** The table's part of the height it shares with the chart below it. */
    private static final double TABLE_SHARE = 0.45;

    private final DocumentSession session;
    private final RadioButton byChannel = new RadioButton(Messages.get("analysis.attribution.byChannel"));
    private final RadioButton byTouchpoint = new RadioButton(Messages.get("analysis.attribution.byTouchpoint"));
    private final TableView<CreditRow> table = new TableView<>();
    private final TableColumn<CreditRow, String> keyColumn = Columns.text("", CreditRow::name);
    private final List<TableColumn<CreditRow, Number>> modelColumns = new ArrayList<>();
    private final AttributionChart chart = new AttributionChart();
    private final VBox box;
    private NumberFormat format = oneDecimal(Locale.ENGLISH);
    private List<CreditRow> rows = List.of();
    private CreditRow totals;
    private boolean sorting;

    AttributionPane(DocumentSession session) {
        this.session = session;
        ToggleGroup group = new ToggleGroup();
        byChannel.setToggleGroup(group);
        byTouchpoint.setToggleGroup(group);
        byChannel.setId("numbers-by-channel");
        byTouchpoint.setId("numbers-by-touchpoint");
        byChannel.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> refresh());
        table.setId("numbers-attribution");
        table.setPlaceholder(new Label(Messages.get("report.empty.attribution")));
        table.getColumns().add(keyColumn);
        for (AttributionModel model : AttributionModel.values()) {
            TableColumn<CreditRow, Number> column = Columns.number(modelName(model), row -> row.credit(model),
                    credit -> format.format(credit));
            column.setId("numbers-model-" + Kebab.of(model));
            modelColumns.add(column);
            table.getColumns().add(column);
        }
        table.setSortPolicy(t -> sortKeepingTotalsLast());
        table.setMinHeight(TABLE_MIN_HEIGHT);
        ColumnFit.install(table);
        HeaderTips.install(table);
        SplitPane tableAndChart = new SplitPane(table, chart.node());
        tableAndChart.setOrientation(Orientation.VERTICAL);
        tableAndChart.setDividerPositions(TABLE_SHARE);
        // A split pane first laid out in a hidden tab keeps a divider pushed down by the table's minimum
        // height; once it has its real height, the chart gets its share again.
        ChangeListener<Number> firstHeight = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 2 * TABLE_MIN_HEIGHT) {
                    tableAndChart.heightProperty().removeListener(this);
                    Platform.runLater(() -> tableAndChart.setDividerPositions(TABLE_SHARE));
                }
            }
        };
        tableAndChart.heightProperty().addListener(firstHeight);
        VBox.setVgrow(tableAndChart, Priority.ALWAYS);
        byChannel.setMinWidth(Region.USE_PREF_SIZE);
        byTouchpoint.setMinWidth(Region.USE_PREF_SIZE);
        box = new VBox(8, new HBox(12, byChannel, byTouchpoint), tableAndChart);
    }

    Node node() {
        return box;
    }

    void refresh() {
        JourneyMap map = session.currentMap();
        MapAttribution attribution = MapAttribution.of(map);
        boolean channels = byChannel.isSelected();
        AttributionTable shown = channels ? attribution.byChannel() : attribution.byStep();
        StepNames stepNames = new StepNames(map);
        Function<String, String> names = channels ? StepNames::channelName : stepNames::stepName;
        format = oneDecimal(Locale.forLanguageTag(map.language()));
        keyColumn.setText(Messages.get(channels ? "report.column.channel" : "report.column.touchpoint"));
        for (AttributionModel model : AttributionModel.values()) {
            Columns.explain(modelColumns.get(model.ordinal()), explanation(model, map.attributionHalfLife()));
        }
        rows = CreditRow.of(shown, names);
        totals = shown.isEmpty() ? null : CreditRow.totals(shown, Messages.get("report.total"));
        sortKeepingTotalsLast();
        table.refresh();
        chart.show(rows);
    }

    /** Sorts by the columns the user chose, the totals row staying at the bottom; unsorted, the rows' own order. */
    private boolean sortKeepingTotalsLast() {
        if (sorting) {
            return true;
        }
        sorting = true;
        try {
            List<CreditRow> sorted = new ArrayList<>(rows);
            Comparator<CreditRow> order = table.getComparator();
            if (order != null) {
                sorted.sort(order);
            }
            if (totals != null) {
                sorted.add(totals);
            }
            table.getItems().setAll(sorted);
            return true;
        } finally {
            sorting = false;
        }
    }

    private static NumberFormat oneDecimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    static String modelName(AttributionModel model) {
        return Messages.get("analysis.model." + Kebab.of(model));
    }

    /** What the model does, in a sentence; time decay names the map's half-life. */
    static String explanation(AttributionModel model, int halfLife) {
        return Messages.get("analysis.model." + Kebab.of(model) + ".explained", halfLife);
    }
}
