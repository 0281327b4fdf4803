package app.masa.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns from what they show, and shares the table's width among them.
 *
 * <p>No column is ever narrower than its header's text, nor than its content when that is short
 * (a stage name, a number), so nothing a user needs to read is cut to "…". When the table is wider
 * than every column's content, the room left is shared in proportion to the content; when it is
 * narrower, long text gives way first; when even the minimums do not fit, the table scrolls
 * sideways rather than squeezing a column (the constrained policies of JavaFX 21 squeezed columns to
 * nothing, and re-ran only when the table's width changed, not when a column's content did).
 *
 * <p>Headers are measured after each layout, in the font the theme gives them, so this holds in
 * either language and direction, and with the projector's larger text.
 */
final class ColumnFit {
    /** Room for the arrow a sorted column shows next to its text. */
    private static final double SORT_ARROW_ROOM = 12;
    /** Content up to this wide is never cut; longer text shares the width that is left. */
    private static final double SHORT_CONTENT = 180;
    /** Rows measured for the content's width: enough to be representative, few enough to stay fast. */
    private static final int ROWS_MEASURED = 300;
    private static final double FALLBACK_CELL_PADDING = 16;
    /** A cell cuts its text a pixel or two before the text's measured width; this keeps it whole. */
    private static final double TEXT_SLACK = 3;

    private final TableView<?> table;
    private final Map<TableColumn<?, ?>, Double> contentWidths = new HashMap<>();
    private boolean contentChanged = true;
    private Font measuredWith;

    private ColumnFit(TableView<?> table) {
        this.table = table;
    }

    /** Sizes the table's columns from now on, through every change of its rows, columns, fonts and width. */
    static void install(TableView<?> table) {
        ColumnFit fit = new ColumnFit(table);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ListChangeListener<Object> changed = c -> fit.contentChanged = true;
        table.getItems().addListener(changed);
        table.itemsProperty().addListener((o, was, now) -> {
            fit.contentChanged = true;
            if (now != null) {
                now.addListener(changed);
            }
        });
        table.getColumns().addListener(changed);
        Headers.afterEachLayout(table, fit::fit);
    }

    private void fit() {
        Map<TableColumn<?, ?>, TableColumnHeader> headers = Headers.of(table);
        if (headers.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        measureContent(headers);
        List<TableColumn<?, ?>> columns = new ArrayList<>(headers.keySet());
        TableColumn<?, ?> last = columns.get(columns.size() - 1);
        double[] least = new double[columns.size()];
        double[] natural = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> column = columns.get(i);
            double header = headerWidth(column, headers.get(column), column == last);
            double content = contentWidths.getOrDefault(column, 0.0);
            least[i] = Math.max(header, Math.min(content, SHORT_CONTENT));
            natural[i] = Math.max(least[i], content);
        }
        double[] widths = share(available(), least, natural);
        double sumOfLeast = 0;
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> column = columns.get(i);
            if (Math.abs(column.getMinWidth() - least[i]) > 0.5) {
                column.setMinWidth(least[i]);
            }
            if (Math.abs(column.getPrefWidth() - widths[i]) > 0.5) {
                column.setPrefWidth(widths[i]);
            }
            sumOfLeast += least[i];
        }
        // a scroll pane around the table then scrolls instead of squeezing it
        double tableLeast = Math.ceil(sumOfLeast + table.snappedLeftInset() + table.snappedRightInset());
        if (Math.abs(table.getMinWidth() - tableLeast) > 0.5) {
            table.setMinWidth(tableLeast);
        }
    }

    /**
     * The width of each column: at least its least width; then up to its natural width, each column
     * getting a share of the room in proportion to what it still lacks; any room beyond that shared
     * in proportion to the natural widths. Whole pixels, so the columns never overrun by a fraction.
     */
    static double[] share(double room, double[] least, double[] natural) {
        int count = least.length;
        double[] widths = least.clone();
        double sumOfLeast = sum(least);
        double sumOfNatural = sum(natural);
        if (room > sumOfLeast) {
            if (room <= sumOfNatural) {
                double lacking = sumOfNatural - sumOfLeast;
                for (int i = 0; i < count; i++) {
                    widths[i] = least[i] + (lacking <= 0 ? 0 : (room - sumOfLeast) * (natural[i] - least[i]) / lacking);
                }
            } else {
                for (int i = 0; i < count; i++) {
                    widths[i] = natural[i] + (room - sumOfNatural) * natural[i] / sumOfNatural;
                }
            }
        }
        double spare = Math.max(room, sumOfLeast);
        for (int i = 0; i < count; i++) {
            widths[i] = Math.max(least[i], Math.floor(widths[i]));
            spare -= widths[i];
        }
        // the pixels lost to rounding go to the widest column, where they are least noticed
        if (spare >= 1) {
            int widest = 0;
            for (int i = 1; i < count; i++) {
                widest = widths[i] > widths[widest] ? i : widest;
            }
            widths[widest] += Math.floor(spare);
        }
        return widths;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** The width the rows have: the table's, less its border and a vertical scroll bar. */
    private double available() {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - verticalScrollBarWidth();
    }

    private void measureContent(Map<TableColumn<?, ?>, TableColumnHeader> headers) {
        Labeled cell = anyCell();
        Font font = cell != null ? cell.getFont() : regular(Headers.label(headers.values().iterator().next()));
        if (!contentChanged && Objects.equals(font, measuredWith) && contentWidths.keySet().containsAll(headers.keySet())) {
            return;
        }
        double padding = cell != null ? cell.snappedLeftInset() + cell.snappedRightInset() : FALLBACK_CELL_PADDING;
        contentWidths.clear();
        for (TableColumn<?, ?> column : headers.keySet()) {
            contentWidths.put(column, Math.ceil(contentWidth(column, font) + padding + TEXT_SLACK));
        }
        contentChanged = false;
        measuredWith = font;
    }

    /** What the header needs to show its whole text, with room for a sort arrow and, last, the scroll bar's corner. */
    private double headerWidth(TableColumn<?, ?> column, TableColumnHeader header, boolean last) {
        Label label = Headers.label(header);
        double text = label == null ? 0 : label.prefWidth(-1);
        double width = text + header.snappedLeftInset() + header.snappedRightInset();
        if (column.isSortable()) {
            width += SORT_ARROW_ROOM;
        }
        if (last) {
            width += verticalScrollBarWidth();
        }
        return Math.ceil(width);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private double contentWidth(TableColumn<?, ?> column, Font font) {
        List<?> items = table.getItems();
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (int i = 0; i < Math.min(items.size(), ROWS_MEASURED); i++) {
            measure.setText(Columns.shownText((TableColumn) column, items.get(i)));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private double verticalScrollBarWidth() {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                return bar.getWidth();
            }
        }
        return 0;
    }

    private Labeled anyCell() {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof Labeled cell && cell.getFont() != null) {
                return cell;
            }
        }
        return null;
    }

    /** Before any row shows, the header's font without its weight stands in for the cells'. */
    private static Font regular(Label header) {
        Font font = header == null ? Font.getDefault() : header.getFont();
        return Font.font(font.getFamily(), FontWeight.NORMAL, font.getSize());
    }
}
