package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.layout.LaneBox;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.model.JourneyFile;
import app.masa.model.Lane;
import app.masa.model.Stage;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new lane or stage is brought into view with its title open for typing, on a map taller and wider
 * than the window, whichever way the map reads.
 */
@ExtendWith(ApplicationExtension.class)
class NewLaneAndStageTest {
    private Preferences node;
    private DocumentSession session;
    private MapCanvas canvas;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        node = ShellFixtures.preferences();
        session = new DocumentSession(grocer("en"), null);
        MainWindow window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        canvas = (MapCanvas) window.canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> canvas.editor().cancel());
        ShellFixtures.dispose(node);
    }

    @Test
    void aNewLaneFromTheToolBarIsInViewAndOpenForItsTitle(FxRobot robot) {
        robot.clickOn("#ui-tool-addLane");
        WaitForAsyncUtils.waitForFxEvents();

        List<Lane> lanes = session.currentMap().lanes();
        Lane added = lanes.get(lanes.size() - 1);
        Rect title = lane(added.id()).header();
        assertInView(new Rect(title.x(), title.y(), title.width(), Math.min(title.height(), 44)));
        assertEditing(added.title(), title);

        robot.write("Delivery").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.currentMap().lane(added.id()).map(Lane::title)).contains("Delivery");
        robot.interact(session::undo);
        assertThat(session.currentMap().lane(added.id()).map(Lane::title)).contains(added.title());
        robot.interact(session::undo);
        assertThat(session.currentMap().lanes()).hasSize(lanes.size() - 1);
    }

    @Test
    void aNewStageFromTheToolBarIsInViewAndOpenForItsName(FxRobot robot) {
        robot.clickOn("#ui-tool-addStage");
        WaitForAsyncUtils.waitForFxEvents();

        List<Stage> stages = session.currentMap().stages();
        Stage added = stages.get(stages.size() - 1);
        Rect header = stage(added.id()).header();
        assertInView(header);
        assertEditing(added.name(), header);

        robot.write("Referral").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.currentMap().stage(added.id()).map(Stage::name)).contains("Referral");
    }

    @Test
    void aTitleStillBeingTypedIsKeptWhenALaneIsAdded(FxRobot robot) {
        String cardId = session.currentMap().cards().get(0).id();
        robot.interact(() -> canvas.editor().editCard(cardId));
        robot.write("Paid post in the feed");

        robot.clickOn("#ui-tool-addLane");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.currentMap().card(cardId).orElseThrow().title()).isEqualTo("Paid post in the feed");
        List<Lane> lanes = session.currentMap().lanes();
        assertThat(canvas.editor().field().getText()).isEqualTo(lanes.get(lanes.size() - 1).title());
    }

    @Test
    void aNewStageInAHebrewMapIsBroughtInFromTheLeft(FxRobot robot) {
        robot.interact(() -> session.replace(grocer("he"), null));

        robot.clickOn("#ui-tool-addStage");
        WaitForAsyncUtils.waitForFxEvents();

        List<Stage> stages = session.currentMap().stages();
        Rect header = stage(stages.get(stages.size() - 1).id()).header();
        assertThat(header.x()).as("the last stage is at the left").isLessThan(stage(stages.get(0).id()).header().x());
        assertInView(header);
        assertEditing(stages.get(stages.size() - 1).name(), header);
    }

    @Test
    void aLaneAddedFromItsHeadersMenuIsOpenForItsTitle(FxRobot robot) {
        LaneBox first = canvas.currentLayout().lanes().get(0);
        Point2D screen = canvas.screenPointOf(first.header().centerX(), first.header().y() + 20);
        Point2D scene = canvas.getScene().getRoot().screenToLocal(screen);
        // The headless robot's right click raises no context-menu request; a system would.
        robot.interact(() -> Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        robot.clickOn(robot.lookup(".context-menu .label").<Labeled>match(
                l -> Messages.get("canvas.menu.addLaneBelow").equals(l.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        Lane added = session.currentMap().lanes().get(1);
        assertThat(session.selection().laneIdProperty().get()).isEqualTo(added.id());
        Rect title = lane(added.id()).header();
        assertEditing(added.title(), new Rect(title.x(), title.y(), title.width(), Math.min(title.height(), 44)));
    }

    private void assertInView(Rect r) {
        Rect visible = canvas.viewport().visibleRect();
        assertThat(r.x()).as("left of %s within %s", r, visible).isGreaterThanOrEqualTo(visible.x());
        assertThat(r.maxX()).as("right of %s within %s", r, visible).isLessThanOrEqualTo(visible.maxX());
        assertThat(r.y()).as("top of %s within %s", r, visible).isGreaterThanOrEqualTo(visible.y());
        assertThat(r.maxY()).as("bottom of %s within %s", r, visible).isLessThanOrEqualTo(visible.maxY());
    }

    /** The in-place field is open with the title, over the title on screen, and has the keyboard. */
    private void assertEditing(String text, Rect title) {
        TextArea field = canvas.editor().field();
        assertThat(field).as("the title is open for typing").isNotNull();
        assertThat(field.getText()).isEqualTo(text);
        assertThat(field.isFocused()).isTrue();
        Point2D onScreen = field.localToScreen(0, 0);
        Point2D topLeft = canvas.screenPointOf(title.x(), title.y());
        assertThat(onScreen.getX()).isCloseTo(topLeft.getX(), offset(1.0));
        assertThat(onScreen.getY()).isCloseTo(topLeft.getY(), offset(1.0));
    }

    private LaneBox lane(String id) {
        return canvas.currentLayout().lanes().stream().filter(l -> l.laneId().equals(id)).findFirst().orElseThrow();
    }

    private StageBox stage(String id) {
        return canvas.currentLayout().stages().stream().filter(s -> s.stageId().equals(id)).findFirst().orElseThrow();
    }

    private static JourneyFile grocer(String language) {
        try {
            return TemplateCatalog.builtIn().create("organic-grocer", language);
        } catch (JourneyFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
