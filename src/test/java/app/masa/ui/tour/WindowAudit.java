package app.masa.ui.tour;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * What a person would see wrong in a window, found from its node geometry: a window partly off
 * screen or smaller than its content, a table column narrower than its header, a list squeezed to
 * one row, a text with no room at all.
 */
public final class WindowAudit {
    private static final double TOLERANCE = 1;

    private WindowAudit() {
    }

    /** Every problem found, each as a sentence naming the node; empty when the window looks right. */
    public static List<String> problems(Window window) {
        List<String> problems = new ArrayList<>();
        onScreen(window, problems);
        if (window.getScene() != null && window.getScene().getRoot() != null) {
            Parent root = window.getScene().getRoot();
            root.applyCss();
            root.layout();
            roomForContent(window, root, problems);
            walk(root, problems);
        }
        return problems;
    }

    private static void onScreen(Window window, List<String> problems) {
        Rectangle2D frame = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        if (window.getWidth() <= 0 || window.getHeight() <= 0) {
            problems.add("window has no size: " + frame);
            return;
        }
        var screens = Screen.getScreensForRectangle(frame);
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds();
        if (frame.getMinX() < screen.getMinX() - TOLERANCE || frame.getMinY() < screen.getMinY() - TOLERANCE
                || frame.getMaxX() > screen.getMaxX() + TOLERANCE || frame.getMaxY() > screen.getMaxY() + TOLERANCE) {
            problems.add("window " + frame + " is not inside the screen " + screen);
        }
    }

    private static void roomForContent(Window window, Parent root, List<String> problems) {
        double width = window.getScene().getWidth();
        double height = window.getScene().getHeight();
        double minWidth = root.minWidth(-1);
        double minHeight = root.minHeight(width);
        if (width + TOLERANCE < minWidth || height + TOLERANCE < minHeight) {
            problems.add(String.format("window content is %.0f × %.0f, smaller than its minimum %.0f × %.0f",
                    width, height, minWidth, minHeight));
        }
    }

    private static void walk(Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ComboBoxBase<?>) {
            return; // its list lives in a pop-up of its own, shown only when opened
        }
        if (node instanceof TableView<?> table) {
            tableColumns(table, problems);
        } else if (node instanceof ListView<?> list) {
            listRows(list, problems);
        }
        if (node.isManaged() && hasText(node)) {
            Bounds b = node.getLayoutBounds();
            if (b.getWidth() <= 0 || b.getHeight() <= 0) {
                problems.add("no room for " + describe(node));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, problems);
            }
        }
    }

    private static void tableColumns(TableView<?> table, List<String> problems) {
        for (Node found : table.lookupAll(".column-header")) {
            if (!(found instanceof TableColumnHeader header) || header.getTableColumn() == null
                    || !header.getTableColumn().isVisible()) {
                continue;
            }
            Label label = (Label) header.lookup(".label");
            String text = header.getTableColumn().getText();
            if (label == null || text == null || text.isBlank()) {
                continue;
            }
            double needed = label.prefWidth(-1);
            if (header.getWidth() + TOLERANCE < needed) {
                problems.add(String.format("column \"%s\" of %s is %.0f px wide, its header needs %.0f",
                        text, describe(table), header.getWidth(), needed));
            }
        }
    }

    private static void listRows(ListView<?> list, List<String> problems) {
        if (list.getItems().size() < 2) {
            return;
        }
        Node cell = list.lookup(".list-cell");
        double row = cell == null ? 24 : Math.max(cell.getLayoutBounds().getHeight(), 1);
        if (list.getHeight() < 1.5 * row) {
            problems.add(String.format("%s has %d rows but shows at most one (%.0f px high)", describe(list),
                    list.getItems().size(), list.getHeight()));
        }
    }

    private static boolean hasText(Node node) {
        String text = node instanceof Labeled labeled ? labeled.getText()
                : node instanceof TextInputControl input ? input.getText() : null;
        return text != null && !text.isBlank();
    }

    static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        String id = node.getId() == null ? "" : "#" + node.getId();
        return node.getClass().getSimpleName() + id + text;
    }
}
