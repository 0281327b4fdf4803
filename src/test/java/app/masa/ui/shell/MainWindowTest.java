package app.masa.ui.shell;

import app.masa.ui.common.ShellPreferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.common.HoverTips;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Locale HEBREW = Locale.forLanguageTag("he");

    private Preferences node;
    private DocumentSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(ShellFixtures.document(), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void opensOnTheDocumentWithOneTabPerMap(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo(Messages.get("app.title", "Shop visit"));
        assertThat(robot.lookup(".tab").queryAll()).hasSize(2);
    }

    @Test
    void undoAndRedoThroughTheEditMenuChangeTheDocument(FxRobot robot) {
        robot.interact(() -> rename("c1", "Post in a group"));

        choose(robot, Messages.get("menu.edit"), Messages.get("menu.edit.undoNamed", session.undoLabelProperty().get()));
        assertThat(card("c1").title()).isEqualTo("Sponsored post");

        choose(robot, Messages.get("menu.edit"), Messages.get("menu.edit.redoNamed", session.redoLabelProperty().get()));
        assertThat(card("c1").title()).isEqualTo("Post in a group");
    }

    @Test
    void titleShowsTheUnsavedMarkOnlyWhileThereAreUnsavedChanges(FxRobot robot) {
        String clean = stage.getTitle();
        robot.interact(() -> rename("c1", "Post in a group"));
        assertThat(stage.getTitle()).isEqualTo(Messages.get("app.title", Messages.get("ui.title.unsaved", "Shop visit")));

        robot.interact(session::undo);
        assertThat(stage.getTitle()).isEqualTo(clean);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.interact(() -> rename("c1", "Post in a group"));

        requestClose();
        assertThat(robot.lookup(Messages.get("dialog.unsaved.question", "Shop visit")).tryQuery()).isPresent();
        robot.clickOn(Messages.get("dialog.cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(card("c1").title()).isEqualTo("Post in a group");
    }

    @Test
    void closingWithUnsavedChangesAndDontSaveCloses(FxRobot robot) {
        robot.interact(() -> rename("c1", "Post in a group"));

        requestClose();
        robot.clickOn(Messages.get("dialog.unsaved.discard"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void theViewMenuShowsAndHidesTheStageFiguresLaneAndRemembersIt(FxRobot robot) {
        MapCanvas canvas = (MapCanvas) window.canvas().node();
        assertThat(canvas.currentLayout().metricsBand()).isNull();

        choose(robot, Messages.get("menu.view"), Messages.get("menu.view.metricsLane"));
        assertThat(canvas.currentLayout().metricsBand()).as("the lane after ticking it").isNotNull();
        assertThat(new ShellPreferences(node).metricsLane()).isTrue();

        choose(robot, Messages.get("menu.view"), Messages.get("menu.view.metricsLane"));
        assertThat(canvas.currentLayout().metricsBand()).as("the lane after unticking it").isNull();
        assertThat(new ShellPreferences(node).metricsLane()).isFalse();
        assertThat(session.document()).as("a way of looking, not an edit").isEqualTo(ShellFixtures.document());
    }

    @Test
    void closingWithoutChangesClosesWithoutAsking() {
        requestClose();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void switchingToHebrewMirrorsTheWindowAndTranslatesTheMenus(FxRobot robot) {
        choose(robot, Messages.get("menu.view"), Messages.get("menu.view.language"),
                Messages.get(HEBREW, "menu.view.language.self"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(m -> m.getText()).containsExactly(
                Messages.get(HEBREW, "menu.file"), Messages.get(HEBREW, "menu.edit"),
                Messages.get(HEBREW, "menu.view"), Messages.get(HEBREW, "menu.help"));
        assertThat(new ShellPreferences(node).language()).contains(HEBREW);
        assertThat(session.document()).isEqualTo(ShellFixtures.document());
    }

    @Test
    void typingACardTitleInTheInspectorIsOneUndoStep(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c1")));
        TextField title = robot.lookup("#inspector-card-title").queryAs(TextField.class);

        robot.clickOn(title);
        robot.interact(title::selectAll);
        robot.write("Coupon");
        robot.interact(() -> title.fireEvent(new javafx.event.ActionEvent()));

        assertThat(card("c1").title()).isEqualTo("Coupon");
        assertThat(session.history().undoDepth()).isEqualTo(1);
        robot.interact(session::undo);
        assertThat(card("c1").title()).isEqualTo("Sponsored post");
        assertThat(title.getText()).isEqualTo("Sponsored post");
    }

    @Test
    void addingAStageFromTheToolBarSelectsItForNaming(FxRobot robot) {
        robot.clickOn("#ui-tool-addStage");

        assertThat(session.currentMap().stages()).hasSize(3);
        String added = session.currentMap().stages().get(2).id();
        assertThat(session.selection().stageIdProperty().get()).isEqualTo(added);
        assertThat(robot.lookup("#inspector-stage-name").tryQuery()).isPresent();
    }

    /** Each tooltip is a window of its own: the tool bar makes them when the pointer first comes, not before. */
    @Test
    void theToolBarsTipsAreMadeWhenThePointerComesAndShow(FxRobot robot) {
        ToolBar bar = robot.lookup(".masa-toolbar").queryAs(ToolBar.class);
        List<ButtonBase> tools = bar.getItems().stream().filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast)
                .toList();
        assertThat(tools).hasSizeGreaterThan(10);
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.getTooltip()).as(tool.getId()).isNull();
            assertThat(HoverTips.textOf(tool)).as(tool.getId()).isNotBlank();
        });

        robot.moveTo("#ui-tool-addStage").moveBy(2, 1);

        ButtonBase addStage = robot.lookup("#ui-tool-addStage").queryAs(ButtonBase.class);
        assertThat(addStage.getTooltip()).isNotNull();
        assertThat(addStage.getTooltip().getText()).isEqualTo(Messages.get("ui.tool.addStage"));
        assertThat(appears(() -> addStage.getTooltip().isShowing())).as("the tip shows").isTrue();
    }

    private static boolean appears(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Opens a menu of the menu bar and clicks through its items, as a person would. */
    private static void choose(FxRobot robot, String menu, String... items) {
        robot.clickOn(menu);
        // Straight down first: crossing the other menus of the bar would open them instead.
        robot.moveBy(0, 30);
        for (int i = 0; i < items.length - 1; i++) {
            // Resting on a submenu opens it.
            robot.moveTo(entry(robot, items[i]).orElseThrow());
            String next = items[i + 1];
            assertThat(appears(robot, next)).as("the submenu %s opens", items[i]).isTrue();
        }
        robot.clickOn(entry(robot, items[items.length - 1]).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** An item of an open menu (the inspector may show the same words, so look in menus only). */
    private static Optional<Node> entry(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").<Labeled>match(l -> text.equals(l.getText())).tryQuery();
    }

    private static boolean appears(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> entry(robot, text).isPresent());
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private void rename(String cardId, String title) {
        Card before = card(cardId);
        session.execute(Edits.changeCard(session.currentMap().id(), before, before.withTitle(title)));
        session.seal();
    }

    private Card card(String id) {
        return session.currentMap().card(id).orElseThrow();
    }

    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing() || Window.getWindows().size() > 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("closing the window neither closed it nor asked", e);
        }
    }
}
