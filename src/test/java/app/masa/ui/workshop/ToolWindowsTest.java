package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.model.Direction;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dot vote and time-box windows float beside the map without getting in the way: they open
 * where they hide no card, the keyboard stays with the map (and keys typed in them go on to it),
 * and picking a length starts the timer.
 */
@ExtendWith(ApplicationExtension.class)
class ToolWindowsTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MainWindow window;
    private Workshop workshop;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(WorkshopFixtures.document(Direction.LTR), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        canvas = (MapCanvas) window.canvas().node();
        workshop = Workshop.of(session, canvas);
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

    private void selectCard(FxRobot robot, String cardId) {
        Rect card = canvas.currentLayout().card(cardId).orElseThrow().bounds();
        robot.clickOn(canvas.screenPointOf(card.centerX(), card.centerY()));
        assertThat(session.selection().cardIds()).containsExactly(cardId);
    }

    private Stage toolWindow(FxRobot robot, String id) {
        return (Stage) robot.lookup("#" + id).query().getScene().getWindow();
    }

    @Test
    void openingTheVoteWindowLeavesTheKeyboardWithTheMap(FxRobot robot) {
        robot.interact(() -> workshop.votes().start(3, 2, Set.of()));
        selectCard(robot, "c-site");

        robot.clickOn("#workshop-tool-vote");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toolWindow(robot, "workshop-vote-window").isShowing()).isTrue();

        assertThat(stage.isFocused()).as("the editor keeps the keyboard").isTrue();
        assertThat(canvas.isFocused()).isTrue();
        robot.type(KeyCode.D);
        assertThat(session.currentMap().vote().dotsOn("c-site")).as("D reached the map").isEqualTo(1);
    }

    @Test
    void aClickInTheTimerWindowLeavesTheArrowsAndLettersToTheMap(FxRobot robot) {
        robot.interact(() -> workshop.votes().start(3, 2, Set.of()));
        selectCard(robot, "c-site");
        robot.clickOn("#workshop-tool-timer");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#workshop-timer-reset");
        robot.type(KeyCode.D);
        assertThat(session.currentMap().vote().dotsOn("c-site")).isEqualTo(1);
        robot.type(KeyCode.DOWN);
        assertThat(session.selection().cellProperty().get()).as("the arrow moved the map's selection")
                .isNotNull().extracting(c -> c.laneId()).isEqualTo("l-pain");
        assertThat(stage.isFocused()).isTrue();
    }

    @Test
    void keysTypedWhileATextFieldOfTheTimerHasTheFocusStayThere(FxRobot robot) {
        robot.clickOn("#workshop-tool-timer");
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<Integer> custom = robot.lookup("#workshop-timer-custom").query();

        robot.doubleClickOn(custom.getEditor());
        robot.write("7");
        robot.clickOn("#workshop-timer-custom-set");

        assertThat(workshop.countdown().duration()).isEqualTo(Duration.ofMinutes(7));
        assertThat(workshop.countdown().state()).isEqualTo(Countdown.State.RUNNING);
        assertThat(session.canUndoProperty().get()).as("nothing was typed into the map").isFalse();
    }

    @Test
    void keysSentToAFocusedToolWindowGoOnToTheMap(FxRobot robot) {
        robot.interact(() -> workshop.votes().start(3, 2, Set.of()));
        selectCard(robot, "c-slow");
        robot.interact(workshop::showVote);
        Stage vote = toolWindow(robot, "workshop-vote-window");
        // Whatever gives the window the keyboard (a window manager, a click on its frame):
        robot.interact(() -> vote.getScene().getRoot().requestFocus());
        robot.interact(() -> vote.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "d", "d", KeyCode.D, false, false, false, false)));

        assertThat(session.currentMap().vote().dotsOn("c-slow")).isEqualTo(1);
    }

    @Test
    void theWindowsComeBackAfterThePresentationWithoutTakingTheKeyboard(FxRobot robot) {
        robot.clickOn("#workshop-tool-timer");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(canvas);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationView view = workshop.presentation();
        assertThat(view.stage().isFocused()).as("the presentation has the keys").isTrue();
        robot.type(KeyCode.RIGHT);
        robot.interact(view::finishZoom);
        assertThat(view.currentStage()).isZero();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toolWindow(robot, "workshop-timer-window").isShowing()).isTrue();
        assertThat(stage.isFocused()).as("the editor has the keys again").isTrue();
        assertThat(canvas.isFocused()).isTrue();
    }

    @Test
    void bothWindowsDockWhereTheyHideNoCardAndNotEachOther(FxRobot robot) {
        robot.clickOn("#workshop-tool-timer");
        robot.clickOn("#workshop-tool-vote");
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D timer = bounds(toolWindow(robot, "workshop-timer-window"));
        Rectangle2D vote = bounds(toolWindow(robot, "workshop-vote-window"));

        List<Rectangle2D> cards = CardsOnScreen.visibleCards(canvas);
        assertThat(cards).hasSize(session.currentMap().cards().size());
        assertThat(ClearCorner.covered(timer, cards)).as("cards under the timer").isZero();
        assertThat(ClearCorner.covered(vote, cards)).as("cards under the vote").isZero();
        assertThat(timer.intersects(vote)).isFalse();
        Rectangle2D owner = bounds(stage);
        for (Rectangle2D w : List.of(timer, vote)) {
            assertThat(w.getMinX()).isGreaterThanOrEqualTo(owner.getMinX());
            assertThat(w.getMaxX()).isLessThanOrEqualTo(owner.getMaxX());
            assertThat(w.getMaxY()).isLessThanOrEqualTo(owner.getMaxY());
        }
    }

    @Test
    void pickingAPresetInTheTimerWindowStartsTheCountdown(FxRobot robot) {
        robot.clickOn("#workshop-tool-timer");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#workshop-timer-preset-3");

        assertThat(workshop.countdown().duration()).isEqualTo(Duration.ofMinutes(3));
        assertThat(workshop.countdown().state()).isEqualTo(Countdown.State.RUNNING);
    }

    private static Rectangle2D bounds(Window w) {
        return new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight());
    }
}
