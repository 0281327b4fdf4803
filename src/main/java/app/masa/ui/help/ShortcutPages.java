package app.masa.ui.help;

import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;

import app.masa.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The keyboard guide cut into pages of a given size: lines are never split, a heading never ends a
 * page, and a group that goes on over a page starts the next page with its heading again.
 */
final class ShortcutPages {
    private final double width;
    private final double height;
    /** Lays each page out with the guide's style sheet, as it will print, to measure it. */
    private final Scene measuring;

    private ShortcutPages(double width, double height) {
        this.width = width;
        this.height = height;
        this.measuring = new Scene(new VBox());
        measuring.getStylesheets().add(ShortcutSheet.STYLESHEET);
    }

    /** Pages for a printable area of {@code width} × {@code height} points, the first headed with the guide's title. */
    static List<VBox> of(List<ShortcutGroup> groups, double width, double height) {
        return new ShortcutPages(width, height).cut(groups);
    }

    private List<VBox> cut(List<ShortcutGroup> groups) {
        List<VBox> pages = new ArrayList<>();
        VBox page = page(true);
        for (ShortcutGroup group : groups) {
            boolean headed = false;
            for (Shortcut shortcut : group.shortcuts()) {
                List<Node> next = new ArrayList<>();
                if (!headed) {
                    next.add(ShortcutSheet.heading(group.title()));
                }
                next.add(ShortcutSheet.line(shortcut));
                page.getChildren().addAll(next);
                if (heightOf(page) > height && page.getChildren().size() > next.size() + (pages.isEmpty() ? 1 : 0)) {
                    page.getChildren().removeAll(next);
                    pages.add(page);
                    page = page(false);
                    page.getChildren().addAll(ShortcutSheet.heading(group.title()), ShortcutSheet.line(shortcut));
                }
                headed = true;
            }
        }
        pages.add(page);
        return pages;
    }

    private VBox page(boolean first) {
        VBox page = new VBox();
        page.getStyleClass().add("shortcut-page");
        page.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        page.setMinWidth(width);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        if (first) {
            Label title = new Label(Messages.get("keys.print.title"));
            title.getStyleClass().add("shortcut-page-title");
            page.getChildren().add(title);
        }
        return page;
    }

    /** The page's height at the paper's width, laid out as it will print. */
    double heightOf(VBox page) {
        measuring.setRoot(page);
        page.applyCss();
        page.resize(width, page.prefHeight(width));
        page.layout();
        return page.prefHeight(width);
    }
}
