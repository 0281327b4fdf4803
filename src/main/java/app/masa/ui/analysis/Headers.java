package app.masa.ui.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * The header a table's skin draws for each of its columns, and the label inside it that shows the
 * column's text. They exist only once the table has been laid out, and are made anew when the
 * columns change, so callers look them up after each layout.
 */
final class Headers {
    private Headers() {
    }

    /** Runs {@code action} after every layout of the table, when its headers are in place. */
    static void afterEachLayout(TableView<?> table, Runnable action) {
        table.needsLayoutProperty().addListener((o, was, needsLayout) -> {
            if (!needsLayout) {
                action.run();
            }
        });
    }

    /** The header of each visible column without sub-columns, in the table's order. */
    static Map<TableColumn<?, ?>, TableColumnHeader> of(TableView<?> table) {
        Map<TableColumnBase<?, ?>, TableColumnHeader> found = new LinkedHashMap<>();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                found.put(header.getTableColumn(), header);
            }
        }
        Map<TableColumn<?, ?>, TableColumnHeader> headers = new LinkedHashMap<>();
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            TableColumnHeader header = found.get(column);
            if (header != null) {
                headers.put(column, header);
            }
        }
        return headers;
    }

    /** The label that draws the header's text, or null before the header has one. */
    static Label label(TableColumnHeader header) {
        for (Node child : header.getChildrenUnmodifiable()) {
            if (child instanceof Label label) {
                return label;
            }
        }
        return null;
    }
}
