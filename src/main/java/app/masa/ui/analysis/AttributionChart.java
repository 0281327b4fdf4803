package app.masa.ui.analysis;

import app.masa.analysis.AttributionModel;
import app.masa.i18n.Messages;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;

/**
 * The attribution as horizontal bars: a row of five bars per channel or touchpoint, its name written
 * level beside it however long it is (a column chart turns long names on their side and squeezes
 * the bars). Each row keeps a readable height; with many rows the chart scrolls.
 */
final class AttributionChart {
    /** Height for the five bars of one channel or touchpoint and the gap after them. */
    static final double ROW_HEIGHT = 34;
    /** Height for the credit axis, its label and the legend. */
    private static final double AXIS_AND_LEGEND = 110;

    private final CategoryAxis keysAxis = new CategoryAxis();
    private final NumberAxis creditAxis = new NumberAxis();
    private final BarChart<Number, String> chart = new BarChart<>(creditAxis, keysAxis);
    private final ScrollPane scroll = new ScrollPane(chart);

    AttributionChart() {
        chart.setId("numbers-attribution-chart");
        chart.setAnimated(false);
        chart.setCategoryGap(10);
        chart.setBarGap(1);
        // above the bars, where it stays in sight while a long chart is scrolled from its top
        chart.setLegendSide(Side.TOP);
        creditAxis.setLabel(Messages.get("analysis.attribution.axis"));
        creditAxis.setMinorTickVisible(false);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("numbers-attribution-chart-scroll");
        // the pane scrolls when the chart is taller; it never pushes the table above it away
        scroll.setMinHeight(ROW_HEIGHT * 2);
    }

    Node node() {
        return scroll;
    }

    /** Shows the rows (without the totals), the first at the top. */
    void show(List<CreditRow> rows) {
        chart.getData().clear();
        for (AttributionModel model : AttributionModel.values()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(AttributionPane.modelName(model));
            // a category axis runs upwards, so the last row goes in first
            for (int i = rows.size() - 1; i >= 0; i--) {
                CreditRow row = rows.get(i);
                series.getData().add(new XYChart.Data<>(row.credit(model), row.name()));
            }
            chart.getData().add(series);
        }
        chart.setMinHeight(rows.size() * ROW_HEIGHT + AXIS_AND_LEGEND);
    }
}
