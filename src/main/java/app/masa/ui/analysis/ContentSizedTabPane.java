package app.masa.ui.analysis;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Tabs that are never narrower or shorter than their largest content needs. JavaFX's own tab pane
 * gives only its tab headers as its minimum, so the window it fills could be narrowed until the
 * buttons in a tab were cut to "...".
 */
final class ContentSizedTabPane extends TabPane {
    ContentSizedTabPane(Tab... tabs) {
        super(tabs);
    }

    @Override
    protected double computeMinWidth(double height) {
        double least = super.computeMinWidth(height);
        for (Tab tab : getTabs()) {
            Node content = tab.getContent();
            if (content != null) {
                least = Math.max(least, content.minWidth(-1) + snappedLeftInset() + snappedRightInset());
            }
        }
        return least;
    }

    @Override
    protected double computeMinHeight(double width) {
        double least = super.computeMinHeight(width);
        double headers = tabHeaderHeight();
        for (Tab tab : getTabs()) {
            Node content = tab.getContent();
            if (content != null) {
                least = Math.max(least, content.minHeight(-1) + headers + snappedTopInset() + snappedBottomInset());
            }
        }
        return least;
    }

    private double tabHeaderHeight() {
        Node headers = lookup(".tab-header-area");
        return headers == null ? 0 : headers.prefHeight(-1);
    }
}
