package app.masa.ui.analysis;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.model.ConversionPath;
import app.masa.model.Extras;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Numbers window on the organic grocer's map, with conversion paths long enough to fill every
 * table, in the window's default size; and ways to read its column headers as a user sees them.
 */
final class NumbersWindowFixture {
    static final Locale HEBREW = Locale.forLanguageTag("he");

    private NumbersWindowFixture() {
    }

    /** A session on the organic grocer template in {@code language}, with six conversion paths. */
    static DocumentSession grocer(String language) throws Exception {
        DocumentSession session = new DocumentSession(TemplateCatalog.builtIn().create("organic-grocer", language), null);
        JourneyMap map = session.currentMap();
        session.execute(Edits.setConversionPaths(map.id(), List.of(), List.of(
                path("p1", 37, 4810.5, "c-paid-social", "c-real-photos", "c-first-coupon", "c-online-order"),
                path("p2", 22, 2640, "c-organic-search", "c-live-chat", "c-online-order"),
                path("p3", 15, 1200, "c-group-post", "c-weekly-sales", "c-pickup-pay"),
                path("p4", 9, 1035.75, "c-paid-search", "c-first-coupon", "c-online-order", "c-delivery"),
                path("p5", 41, 3690, "channel:email", "c-voucher", "c-punch-card"),
                path("p6", 1234, 0, "c-fridge-magnet"))));
        return session;
    }

    private static ConversionPath path(String id, long conversions, double value, String... steps) {
        return new ConversionPath(id, List.of(steps), conversions, value, Extras.NONE);
    }

    /**
     * A stand-in for the designer's window, dressed as the designer is (the AtlantaFX light theme and
     * masa.css, which the Numbers window takes from its owner), without the designer's settings.
     */
    static void dressAsDesigner(Stage owner) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(), 640, 400);
        scene.getStylesheets().add(NumbersWindow.class.getResource("/app/masa/ui/masa.css").toExternalForm());
        owner.setScene(scene);
        owner.show();
    }

    /** Closes every window but the owner and goes back to English. */
    static void closeAllBut(FxRobot robot, Stage owner) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream()
                    .filter(w -> w != owner && w instanceof Stage).forEach(w -> ((Stage) w).close());
            Messages.setLocale(Locale.ENGLISH);
        });
    }

    /** Opens the window in {@code locale}, as the menu does, over {@code owner}. */
    static Stage open(FxRobot robot, Stage owner, DocumentSession session, Locale locale) {
        robot.interact(() -> Messages.setLocale(locale));
        Stage[] shown = new Stage[1];
        robot.interact(() -> shown[0] = NumbersWindow.show(owner, session));
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }

    /** Shows a tab of the window by clicking it, as a user would. */
    static void showTab(FxRobot robot, String tabId) {
        robot.clickOn(tabId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every table showing in the window now. */
    static List<TableView<?>> visibleTables(Stage window) {
        List<TableView<?>> tables = new ArrayList<>();
        Set<Node> found = window.getScene().getRoot().lookupAll(".table-view");
        for (Node node : found) {
            if (node instanceof TableView<?> table && table.isVisible() && table.getScene() != null
                    && isShowing(table)) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static boolean isShowing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static TableColumnHeader header(TableView<?> table, TableColumn<?, ?> column) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == column) {
                return header;
            }
        }
        throw new AssertionError("no header for the column " + column.getText());
    }

    /** The label a header draws its text with. */
    static Label headerLabel(TableColumnHeader header) {
        for (Node child : header.getChildrenUnmodifiable()) {
            if (child instanceof Label label) {
                return label;
            }
        }
        throw new AssertionError("a header without its label");
    }

    /** The text the header shows now: the column's own, or a shortened one ending in "…". */
    static String shownText(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return "";
    }

    /** How wide the header's text is in the header's own font. */
    static double textWidth(Label label, String text) {
        Text measure = new Text(text);
        measure.setFont(label.getFont());
        return measure.getLayoutBounds().getWidth();
    }

    /** The texts the column's cells draw now, one per row shown. */
    static List<Text> shownTexts(TableView<?> table, TableColumn<?, ?> column) {
        List<Text> texts = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == column && !cell.isEmpty()
                    && cell.isVisible() && cell.getText() != null) {
                for (Node child : cell.getChildrenUnmodifiable()) {
                    if (child instanceof Text text) {
                        texts.add(text);
                    }
                }
            }
        }
        return texts;
    }

    /** The tooltip showing now, once one shows. */
    static Tooltip showingTooltip() throws Exception {
        Tooltip[] found = new Tooltip[1];
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof Tooltip tip && tip.isShowing()) {
                    found[0] = tip;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
