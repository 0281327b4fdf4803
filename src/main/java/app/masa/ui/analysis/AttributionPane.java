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
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The credit each touchpoint or channel earns under the five attribution models, side by side as a
 * table and as a bar chart; the totals row shows that every model hands out the same conversions.
 */
final class AttributionPane {
    private final DocumentSession session;
    private final RadioButton byChannel = new RadioButton(Messages.get("analysis.attribution.byChannel"));
    private final RadioButton byTouchpoint = new RadioButton(Messages.get("analysis.attribution.byTouchpoint"));
    private final TableView<String> table = new TableView<>();
    private final CategoryAxis keysAxis = new CategoryAxis();
    private final NumberAxis creditAxis = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(keysAxis, creditAxis);
    private final VBox box;
    private AttributionTable shown;
    private Function<String, String> names = Function.identity();

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
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        chart.setId("numbers-attribution-chart");
        chart.setAnimated(false);
        creditAxis.setLabel(Messages.get("analysis.attribution.axis"));
        VBox.setVgrow(chart, Priority.ALWAYS);
        box = new VBox(8, new HBox(12, byChannel, byTouchpoint), table, chart);
    }

    Node node() {
        return box;
    }

    void refresh() {
        JourneyMap map = session.currentMap();
        MapAttribution attribution = MapAttribution.of(map);
        StepNames stepNames = new StepNames(map);
        boolean channels = byChannel.isSelected();
        shown = channels ? attribution.byChannel() : attribution.byStep();
        names = channels ? StepNames::channelName : stepNames::stepName;
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(map.language()));
        format.setMaximumFractionDigits(1);
        table.getColumns().clear();
        TableColumn<String, String> keyColumn = new TableColumn<>(Messages.get(channels
                ? "report.column.channel" : "report.column.touchpoint"));
        keyColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(name(cell.getValue())));
        table.getColumns().add(keyColumn);
        for (AttributionModel model : AttributionModel.values()) {
            TableColumn<String, String> column = new TableColumn<>(modelName(model));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(format.format(credit(cell.getValue(), model))));
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            table.getColumns().add(column);
        }
        table.getItems().setAll(shown.keys());
        if (!shown.isEmpty()) {
            table.getItems().add(TOTAL);
        }
        chart.getData().clear();
        for (AttributionModel model : AttributionModel.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(modelName(model));
            for (String key : shown.keys()) {
                series.getData().add(new XYChart.Data<>(name(key), shown.credit(key, model).conversions()));
            }
            chart.getData().add(series);
        }
    }

    /** The row that adds every model up. */
    private static final String TOTAL = "\u0000total";

    private String name(String key) {
        return TOTAL.equals(key) ? Messages.get("report.total") : names.apply(key);
    }

    private double credit(String key, AttributionModel model) {
        return TOTAL.equals(key) ? shown.total().conversions() : shown.credit(key, model).conversions();
    }

    static String modelName(AttributionModel model) {
        return Messages.get("analysis.model." + Kebab.of(model));
    }
}
