package app.masa.ui.analysis;

import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Shows each column's explanation ({@link Columns#explain}) when the pointer rests on its header.
 * A column has no tooltip of its own in JavaFX, and the skin makes its headers anew whenever the
 * columns change, so the tips are put on the headers after each layout.
 */
final class HeaderTips {
    private static final Object INSTALLED = new Object();

    private HeaderTips() {
    }

    static void install(TableView<?> table) {
        Headers.afterEachLayout(table, () -> {
            for (Map.Entry<TableColumn<?, ?>, TableColumnHeader> entry : Headers.of(table).entrySet()) {
                Tooltip tip = Columns.explanation(entry.getKey());
                TableColumnHeader header = entry.getValue();
                Object installed = header.getProperties().get(INSTALLED);
                if (tip != installed) {
                    if (installed instanceof Tooltip old) {
                        Tooltip.uninstall(header, old);
                    }
                    if (tip != null) {
                        Tooltip.install(header, tip);
                    }
                    header.getProperties().put(INSTALLED, tip);
                }
            }
        });
    }
}
