package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.LaneBox;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.model.Direction;
import app.masa.model.DotVote;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
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

/** Presentation mode driven with the keyboard and the mouse, in a left-to-right and a right-to-left map. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(WorkshopFixtures.document(Direction.LTR), null);
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

    private PresentationView openWithF5(FxRobot robot) {
        robot.clickOn(window.canvas().node());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationView view = Workshop.of(session, window.canvas().node()).presentation();
        assertThat(view).isNotNull();
        assertThat(view.isShowing()).isTrue();
        return view;
    }

    private static void press(FxRobot robot, PresentationView view, KeyCode key) {
        robot.type(key);
        robot.interact(view::finishZoom);
    }

    /** One switch of the interface language reaches every open window: the designer and the room's screen. */
    @Test
    void aLanguageSwitchInTheDesignerReachesThePresentationAtOnce(FxRobot robot) {
        PresentationView view = openWithF5(robot);
        Locale hebrew = Locale.forLanguageTag("he");

        robot.interact(() -> window.switchLanguage(hebrew));

        javafx.scene.control.Label position = (javafx.scene.control.Label)
                view.overlays().node().lookup("#workshop-presentation-position");
        assertThat(position.getText()).isEqualTo(Messages.get(hebrew, "workshop.present.wholeMap", 3));
        assertThat(view.stage().getTitle()).isEqualTo(Messages.get(hebrew, "workshop.present.title"));
        assertThat(view.stage().getScene().getRoot().getEffectiveNodeOrientation())
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        assertThat(stage.getScene().getRoot().getEffectiveNodeOrientation())
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
    }

    @Test
    void f5OpensOnTheWholeMapAndRightStepsForwardInALeftToRightMap(FxRobot robot) {
        PresentationView view = openWithF5(robot);
        assertThat(view.currentStage()).isEqualTo(StageSteps.WHOLE_MAP);
        Rect whole = view.camera().visible(view.stage().getWidth(), view.stage().getHeight());
        assertThat(whole.width()).isGreaterThanOrEqualTo(view.layout().width());

        press(robot, view, KeyCode.RIGHT);
        press(robot, view, KeyCode.RIGHT);
        assertThat(view.currentStage()).isEqualTo(1);
        assertThat(view.overlays().node().lookup("#workshop-presentation-position"))
                .extracting(n -> ((javafx.scene.control.Label) n).getText())
                .isEqualTo(Messages.get("workshop.present.stage", 2, 3, "Consideration"));
        // Zoomed in: the stage fills the screen, the whole map no longer fits.
        StageBox second = view.layout().stages().get(1);
        Rect shown = view.camera().visible(view.stage().getWidth(), view.stage().getHeight());
        assertThat(shown.width()).isLessThan(view.layout().width());
        assertThat(shown.x()).isLessThanOrEqualTo(second.header().x());
        assertThat(shown.maxX()).isGreaterThanOrEqualTo(second.header().maxX());

        press(robot, view, KeyCode.LEFT);
        assertThat(view.currentStage()).isZero();
        press(robot, view, KeyCode.HOME);
        assertThat(view.currentStage()).isEqualTo(StageSteps.WHOLE_MAP);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isShowing()).isFalse();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void leftStepsForwardInARightToLeftMap(FxRobot robot) {
        robot.interact(() -> session.replace(WorkshopFixtures.document(Direction.RTL), null));
        PresentationView view = openWithF5(robot);

        press(robot, view, KeyCode.LEFT);
        press(robot, view, KeyCode.LEFT);
        assertThat(view.currentStage()).isEqualTo(1);
        press(robot, view, KeyCode.RIGHT);
        assertThat(view.currentStage()).isZero();
        // The journey starts at the right in a right-to-left map: the first stage is right of the second.
        assertThat(view.layout().stages().get(0).header().x()).isGreaterThan(view.layout().stages().get(1).header().x());
    }

    @Test
    void clickingAStageHeaderZoomsToThatStage(FxRobot robot) {
        PresentationView view = openWithF5(robot);
        Rect header = view.layout().stages().get(2).header();
        robot.clickOn(view.screenPointOf(header.centerX(), header.centerY()));
        robot.interact(view::finishZoom);
        assertThat(view.currentStage()).isEqualTo(2);
    }

    @Test
    void focusAndHiddenLanesChangeTheViewButNotTheDocument(FxRobot robot) {
        var before = session.document();
        PresentationView view = openWithF5(robot);
        press(robot, view, KeyCode.RIGHT);
        press(robot, view, KeyCode.F);
        assertThat(view.focused()).isTrue();

        press(robot, view, KeyCode.DIGIT2);
        assertThat(view.hidesLane("l-pain")).isTrue();
        assertThat(view.layout().lanes()).extracting(LaneBox::laneId).containsExactly("l-touch", "l-emo");
        assertThat(view.layout().card("c-slow")).isEmpty();

        press(robot, view, KeyCode.DIGIT0);
        assertThat(view.layout().lanes()).hasSize(3);
        assertThat(session.document()).isSameAs(before);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void thePointerHighlightFollowsTheMouse(FxRobot robot) {
        PresentationView view = openWithF5(robot);
        Rect card = view.layout().card("c-site").orElseThrow().bounds();
        Point2D p = view.screenPointOf(card.centerX(), card.centerY());
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.overlays().pointerShown()).isTrue();
    }

    @Test
    void aVoteSavedInTheFileTakesDotsFromTheDKeyStraightAway(FxRobot robot) {
        JourneyFile withVote = WorkshopFixtures.document(Direction.LTR);
        JourneyMap map = withVote.maps().get(0).withVote(DotVote.start(2, 4, Set.of()));
        robot.interact(() -> session.replace(JourneyFile.of(map), null));
        MapCanvas canvas = (MapCanvas) window.canvas().node();
        Rect card = canvas.currentLayout().card("c-ad").orElseThrow().bounds();
        robot.clickOn(canvas.screenPointOf(card.centerX(), card.centerY()));
        robot.type(KeyCode.D);
        assertThat(session.currentMap().vote().dotsOn("c-ad")).isEqualTo(1);
    }

    @Test
    void theTimerKeyShowsAndStartsTheTimeBox(FxRobot robot) {
        PresentationView view = openWithF5(robot);
        assertThat(view.overlays().timerShown()).isFalse();
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.overlays().timerShown()).isTrue();
        assertThat(view.countdown().state()).isEqualTo(Countdown.State.RUNNING);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.countdown().state()).isEqualTo(Countdown.State.READY);
        assertThat(view.overlays().timerShown()).isFalse();
    }
}
