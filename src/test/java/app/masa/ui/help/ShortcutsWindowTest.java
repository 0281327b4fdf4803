package app.masa.ui.help;

import app.masa.i18n.InterfaceLanguage;
import app.masa.ui.common.KeyNames;
import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.canvas.CanvasGuide;
import app.masa.ui.print.PrinterAccess;
import app.masa.ui.workshop.WorkshopKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard Shortcuts lists every key the designer's window has, finds them, prints them. */
@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class ShortcutsWindowTest {
    private DesignerWindowFixture designer;

    @Start
    void start(Stage stage) {
        designer = DesignerWindowFixture.show(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        designer.cleanUp(robot);
    }

    @Test
    void listsEveryKeyInstalledInTheWindowOnTheLineOfItsCommand(FxRobot robot) throws TimeoutException {
        Stage guide = openWithShiftF1(robot);
        Map<String, List<String>> lines = lines(guide);

        // Every accelerator of the window: the menus' and the second keys of their commands.
        List<String> missing = new ArrayList<>();
        for (KeyCombination key : designer.stage().getScene().getAccelerators().keySet()) {
            String name = KeyNames.of(key);
            if (lines.values().stream().noneMatch(keys -> keys.contains(name))) {
                missing.add(name);
            }
        }
        assertThat(missing).as("keys of the window missing from the guide").isEmpty();
        assertThat(designer.stage().getScene().getAccelerators()).hasSizeGreaterThan(15);

        // Each menu item with a key is listed under its own name, with its key.
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (MenuItem item : itemsWithKeys(bar)) {
            String name = (String) item.getProperties().get(MenuShortcuts.ACTION);
            assertThat(lines).as(name).containsKey(name);
            assertThat(lines.get(name)).contains(KeyNames.of(item.getAccelerator()));
        }
        assertThat(lines.get(Messages.get("menu.edit.redo"))).containsExactly("Ctrl+Shift+Z", "Ctrl+Y");

        // The map, typing on it, the mouse and the presentation, in their own groups.
        for (ShortcutGroup group : concat(CanvasGuide.groups(), WorkshopKeys.groups())) {
            assertThat(headings(guide)).contains(group.title());
        }
        assertThat(lines.get(Messages.get("keys.canvas.carryCards"))).containsExactly("Ctrl+←", "Ctrl+→", "Ctrl+↑", "Ctrl+↓");
        assertThat(lines.get(Messages.get("keys.present.close"))).containsExactly("Escape");
        assertThat(lines).as("a map key a menu already shows is listed once").doesNotContainKey(
                Messages.get("keys.canvas.selectAll"));
    }

    @Test
    void typingInTheFindFieldKeepsOnlyTheLinesThatMatch(FxRobot robot) throws TimeoutException {
        Stage guide = openWithShiftF1(robot);
        TextField find = robot.lookup("#shortcuts-find").queryAs(TextField.class);

        robot.clickOn(find).write("zoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines(guide).keySet()).isNotEmpty().allSatisfy(action ->
                assertThat(action.toLowerCase(Locale.ROOT)).contains("zoom"));

        robot.write("xq");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines(guide)).isEmpty();
        assertThat(texts(guide)).contains(Messages.get("keys.window.nothing"));

        robot.interact(() -> find.setText("F5"));
        assertThat(lines(guide)).containsKeys(Messages.get("workshop.menu.present"));
    }

    @Test
    void inHebrewTheGuideIsMirroredAndTranslatedWithKeysReadingLeftToRight(FxRobot robot) throws TimeoutException {
        Stage english = openWithShiftF1(robot);
        robot.interact(() -> designer.window().switchLanguage(Locale.forLanguageTag("he")));
        Stage guide = openFromTheHelpMenu(robot);

        assertThat(english.isShowing()).as("the English guide gives way to the Hebrew one").isFalse();
        assertThat(guide.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(guide.getTitle()).isEqualTo("קיצורי מקלדת");
        assertThat(headings(guide)).contains("על המפה", "מצגת (F5)", "עריכה");
        assertThat(lines(guide)).containsKey("ביטול");
        Node cap = guide.getScene().getRoot().lookup(".keycap");
        assertThat(cap.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void printingWithoutAPrinterSaysSoPlainly(FxRobot robot) throws TimeoutException {
        List<ShortcutGroup> groups = CanvasGuide.groups();
        robot.interact(() -> ShortcutsWindow.show(designer.stage(), groups, PrinterAccess.none()));
        robot.clickOn("#shortcuts-print");
        DesignerWindowFixture.await(() -> robot.lookup("#print-no-printer").tryQuery().isPresent());

        assertThat(robot.lookup("#print-no-printer").tryQuery()).isPresent();
    }

    @Test
    void printedPagesHoldEveryLineOnceAndFitThePaper(FxRobot robot) {
        List<ShortcutGroup> groups = concat(CanvasGuide.groups(), WorkshopKeys.groups());
        int lines = groups.stream().mapToInt(g -> g.shortcuts().size()).sum();
        double width = 451;
        double height = 360;
        List<Double> heights = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        robot.interact(() -> {
            for (VBox page : ShortcutPages.of(groups, width, height)) {
                heights.add(measure(page, width));
                page.lookupAll(".shortcut-action").forEach(n -> printed.add(((Label) n).getText()));
            }
        });

        assertThat(heights).hasSizeGreaterThan(1).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(height));
        assertThat(printed).hasSize(lines)
                .containsExactlyElementsOf(groups.stream().flatMap(g -> g.shortcuts().stream()).map(Shortcut::action).toList());
    }

    private static double measure(VBox page, double width) {
        page.applyCss();
        page.layout();
        return page.prefHeight(width);
    }

    private Stage openWithShiftF1(FxRobot robot) throws TimeoutException {
        robot.clickOn(designer.window().canvas().node());
        robot.press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);
        DesignerWindowFixture.await(() -> guide() != null);
        return guide();
    }

    /** Help > Keyboard Shortcuts, with the mouse, as a guide already open may cover the map. */
    private Stage openFromTheHelpMenu(FxRobot robot) throws TimeoutException {
        Stage before = guide();
        robot.clickOn(Messages.get("menu.help"));
        robot.clickOn(robot.lookup(".context-menu .label").<Label>match(
                l -> Messages.get("menu.help.shortcuts").equals(l.getText())).<Node>query());
        DesignerWindowFixture.await(() -> guide() != null && guide() != before);
        return guide();
    }

    private static Stage guide() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getScene().getRoot().getId() != null
                        && s.getScene().getRoot().getId().equals("shortcuts-window") && s.isShowing())
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    /** What each line of the guide says it does, with its keys as shown. */
    private static Map<String, List<String>> lines(Stage guide) {
        return guide.getScene().getRoot().lookupAll(".shortcut-line").stream()
                .map(n -> (HBox) n)
                .collect(Collectors.toMap(
                        line -> ((Label) line.lookup(".shortcut-action")).getText(),
                        line -> line.lookupAll(".keycap").stream().map(k -> ((Label) k).getText()).toList(),
                        (a, b) -> a));
    }

    private static List<String> headings(Stage guide) {
        return guide.getScene().getRoot().lookupAll(".shortcut-heading").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> texts(Stage guide) {
        return guide.getScene().getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static List<MenuItem> itemsWithKeys(MenuBar bar) {
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, items);
        }
        return items;
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(item);
            }
        }
    }

    private static List<ShortcutGroup> concat(List<ShortcutGroup> a, List<ShortcutGroup> b) {
        List<ShortcutGroup> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
