package app.masa.ui.dialog;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column of a table at least as wide as its header's text, so no header shrinks to
 * "…" or vanishes when the window is narrow: the table scrolls sideways instead.
 */
public final class ReadableColumns {
    private ReadableColumns() {
    }

    public static <T extends TableView<?>> T keep(T table) {
        // The headers' labels exist, styled, only once the table has its skin.
        table.skinProperty().addListener((o, was, skin) -> {
            if (skin != null) {
                Platform.runLater(() -> fit(table));
            }
        });
        table.getColumns().addListener((ListChangeListener<Object>) change -> Platform.runLater(() -> fit(table)));
        return table;
    }

    static void fit(TableView<?> table) {
        if (table.getSkin() == null) {
            return;
        }
        table.applyCss();
        for (Node found : table.lookupAll(".column-header")) {
            if (found instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset());
                var column = header.getTableColumn();
                if (column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                }
                if (column.getPrefWidth() < needed) {
                    column.setPrefWidth(needed);
                }
            }
        }
    }
}
