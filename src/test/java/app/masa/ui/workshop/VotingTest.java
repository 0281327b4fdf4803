package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.DotVote;
import app.masa.model.JourneyFile;
import app.masa.model.VoteCount;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
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

/** A dot vote run the way a facilitator runs it: started in the dialog, dots by click and by key. */
@ExtendWith(ApplicationExtension.class)
class VotingTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MainWindow window;
    private Workshop workshop;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(WorkshopFixtures.document(Direction.LTR), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        workshop = Workshop.of(session, window.canvas().node());
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

    private DotVote vote() {
        return session.currentMap().vote();
    }

    private void startVoteInTheDialog(FxRobot robot, int dots, int participants, VoteScope scope) {
        Platform.runLater(workshop::startVote);
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<Integer> dotsField = robot.lookup("#workshop-vote-dots").query();
        Spinner<Integer> participantsField = robot.lookup("#workshop-vote-participants").query();
        ComboBox<VoteScope> scopeField = robot.lookup("#workshop-vote-scope").query();
        robot.interact(() -> {
            dotsField.getValueFactory().setValue(dots);
            participantsField.getValueFactory().setValue(participants);
            scopeField.setValue(scope);
        });
        robot.clickOn(Messages.get("workshop.vote.start"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PresentationView present(FxRobot robot) {
        robot.interact(workshop::present);
        return workshop.presentation();
    }

    private static Point2D centreOf(PresentationView view, String cardId) {
        Rect r = view.layout().card(cardId).orElseThrow().bounds();
        return view.screenPointOf(r.centerX(), r.centerY());
    }

    @Test
    void clicksInThePresentationAddDotsTheTallyRanksAndUndoTakesThemBack(FxRobot robot) {
        startVoteInTheDialog(robot, 2, 3, VoteScope.PAIN_POINTS);
        assertThat(vote()).isNotNull();
        assertThat(vote().budget()).isEqualTo(6);
        assertThat(vote().eligible()).containsExactly(CardType.PAIN_POINT);
        assertThat(vote().open()).isTrue();

        PresentationView view = present(robot);
        robot.clickOn(centreOf(view, "c-fees"));
        robot.clickOn(centreOf(view, "c-fees"));
        robot.clickOn(centreOf(view, "c-slow"));
        assertThat(vote().tally()).containsExactly(new VoteCount("c-fees", 2, 1), new VoteCount("c-slow", 1, 2));

        robot.press(KeyCode.SHIFT).clickOn(centreOf(view, "c-fees")).release(KeyCode.SHIFT);
        assertThat(vote().dotsOn("c-fees")).isEqualTo(1);

        robot.interact(session::undo);
        assertThat(vote().dotsOn("c-fees")).isEqualTo(2);
        robot.interact(session::undo);
        assertThat(vote().dotsOn("c-slow")).isZero();
        assertThat(vote().dotsGiven()).isEqualTo(2);
    }

    @Test
    void aCardOutsideTheVoteGetsNoDotAndTheRoomIsToldWhy(FxRobot robot) {
        robot.interact(() -> workshop.votes().start(3, 2, Set.of(CardType.PAIN_POINT)));
        PresentationView view = present(robot);
        robot.clickOn(centreOf(view, "c-ad"));
        assertThat(vote().dots()).isEmpty();
        assertThat(view.overlays().toastText()).isEqualTo(Messages.get("edit.vote.notEligible"));
    }

    @Test
    void aDotBeyondTheRoomsBudgetIsRefusedAndChangesNothing(FxRobot robot) {
        robot.interact(() -> workshop.votes().start(1, 1, Set.of()));
        PresentationView view = present(robot);
        robot.clickOn(centreOf(view, "c-fees"));
        JourneyFile before = session.document();
        String undoBefore = session.undoLabelProperty().get();

        robot.clickOn(centreOf(view, "c-slow"));

        assertThat(view.overlays().toastText()).isEqualTo(Messages.get("edit.vote.noDotsLeft", 1));
        assertThat(session.document()).isSameAs(before);
        assertThat(session.undoLabelProperty().get()).isEqualTo(undoBefore);
    }

    @Test
    void theDKeyDotsTheSelectedCardInTheEditor(FxRobot robot) {
        robot.interact(() -> workshop.votes().start(3, 2, Set.of()));
        MapCanvas canvas = (MapCanvas) window.canvas().node();
        Rect card = canvas.currentLayout().card("c-site").orElseThrow().bounds();
        robot.clickOn(canvas.screenPointOf(card.centerX(), card.centerY()));
        assertThat(session.selection().cardIds()).containsExactly("c-site");

        robot.type(KeyCode.D);
        robot.type(KeyCode.D);
        assertThat(vote().dotsOn("c-site")).isEqualTo(2);
        robot.press(KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT);
        assertThat(vote().dotsOn("c-site")).isEqualTo(1);
    }

    @Test
    void withDotsByClickingOnAClickInTheEditorAddsADotInsteadOfSelecting(FxRobot robot) {
        robot.interact(() -> {
            workshop.votes().start(3, 2, Set.of());
            workshop.showVote();
        });
        robot.clickOn("#workshop-vote-click-to-dot");
        assertThat(workshop.dotByClickProperty().get()).isTrue();
        MapCanvas canvas = (MapCanvas) window.canvas().node();
        Rect card = canvas.currentLayout().card("c-chat").orElseThrow().bounds();
        robot.clickOn(canvas.screenPointOf(card.centerX(), card.centerY()));
        assertThat(vote().dotsOn("c-chat")).isEqualTo(1);
        assertThat(session.selection().cardIds()).doesNotContain("c-chat");
    }

    @Test
    void closingReopeningAndClearingAreEachOneUndoStep(FxRobot robot) {
        robot.interact(() -> {
            workshop.votes().start(3, 2, Set.of());
            workshop.votes().addDot("c-slow");
            workshop.showVote();
        });
        robot.clickOn("#workshop-vote-close");
        assertThat(vote().open()).isFalse();
        assertThat(robot.lookup("#workshop-tally-summary").queryLabeled().getText())
                .isEqualTo(Messages.get("workshop.vote.summary.closed", 1, 6));
        Stage voteWindow = (Stage) robot.lookup("#workshop-vote-window").query().getScene().getWindow();
        PresentationView view = present(robot);
        assertThat(voteWindow.isShowing()).as("the small windows step aside for the presentation").isFalse();
        robot.clickOn(centreOf(view, "c-slow"));
        assertThat(vote().dotsOn("c-slow")).isEqualTo(1);
        assertThat(view.overlays().toastText()).isEqualTo(Messages.get("edit.vote.closed"));
        robot.interact(view::close);
        assertThat(voteWindow.isShowing()).as("and come back after it").isTrue();

        robot.clickOn("#workshop-vote-close");
        assertThat(vote().open()).isTrue();
        robot.clickOn("#workshop-vote-clear");
        assertThat(vote().dots()).isEmpty();

        robot.interact(session::undo);
        assertThat(vote().dotsOn("c-slow")).isEqualTo(1);
        robot.interact(session::undo);
        assertThat(vote().open()).isFalse();
    }
}
