package app.masa.ui.canvas;

import static app.masa.ui.canvas.CanvasFixture.cardBounds;
import static app.masa.ui.canvas.CanvasFixture.cellBounds;
import static app.masa.ui.canvas.CanvasFixture.map;
import static app.masa.ui.canvas.CanvasFixture.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.model.Direction;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas keyboard inside the real window, where the map tabs, tool bar and inspector all compete
 * for the focus: a click on the map must leave the keys with the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class MapCanvasInWindowTest {
    private Preferences node;
    private DocumentSession session;
    private MapCanvas canvas;
    /** Whether the in-place editor's text area was in the window when its first frame was laid out. */
    private final List<Boolean> editorInFirstFrame = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        node = ShellFixtures.preferences();
        session = new DocumentSession(CanvasFixture.document(Direction.LTR), null);
        MainWindow window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.scene().addPostLayoutPulseListener(() -> {
            if (editorInFirstFrame.isEmpty()) {
                editorInFirstFrame.add(window.scene().lookup(".canvas-editor") != null);
            }
        });
        window.show();
        canvas = (MapCanvas) window.scene().lookup(".map-canvas");
    }

    @AfterEach
    void cleanUp() {
        ShellFixtures.dispose(node);
    }

    /** The text area is one of the costliest controls to style: it waits for the first frame, then is ready. */
    @Test
    void theInPlaceEditorIsMadeJustAfterTheFirstFrameAndReadyBeforeTheFirstEdit() {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editorInFirstFrame).containsExactly(false);
        TextArea area = (TextArea) canvas.lookup(".canvas-editor");
        assertThat(area).isNotNull();
        assertThat(area.getSkin()).as("styled and skinned before anyone types").isNotNull();
        assertThat(area.isVisible()).isFalse();
    }

    @Test
    void clickingACardKeepsTheFocusOnTheCanvas(FxRobot robot) {
        click(robot, cardBounds(canvas, "c-search"));

        assertThat(canvas.getScene().getFocusOwner()).isSameAs(canvas);
    }

    @Test
    void deleteRemovesTheClickedCard(FxRobot robot) {
        click(robot, cardBounds(canvas, "c-search"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map(session).card("c-search")).isEmpty();
    }

    @Test
    void f2ThenTypingThenEnterRenamesTheClickedCard(FxRobot robot) {
        click(robot, cardBounds(canvas, "c-compare"));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Reads reviews");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(CanvasFixture.card(session, "c-compare").title()).isEqualTo("Reads reviews");
    }

    @Test
    void typingIntoAClickedEmptyCellCreatesACard(FxRobot robot) {
        click(robot, cellBounds(canvas, "s-buy", "l-touch"));
        robot.write("Pays online");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titlesIn(session, "s-buy", "l-touch")).containsExactly("Pays online");
    }

    @Test
    void arrowsMoveTheCellSelectionAfterAClickInsteadOfSwitchingTabs(FxRobot robot) {
        click(robot, cellBounds(canvas, "s-consider", "l-touch"));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.selection().cellProperty().get()).isEqualTo(new CellRef("s-buy", "l-touch"));
    }

    private void click(FxRobot robot, Rect r) {
        robot.clickOn(canvas.screenPointOf(r.centerX(), r.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
