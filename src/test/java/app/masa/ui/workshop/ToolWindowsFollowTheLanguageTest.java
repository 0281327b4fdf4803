package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Direction;
import app.masa.ui.ShellFixtures;
import app.masa.ui.analysis.NumbersWindow;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Numbers window, the dot vote and the time-box, open (or hidden behind a presentation) while
 * the interface language is switched, speak the new language and mirror with it, in the same
 * windows.
 */
@ExtendWith(ApplicationExtension.class)
class ToolWindowsFollowTheLanguageTest {
    private static final Locale HEBREW = Locale.forLanguageTag("he");

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
            window.switchLanguage(Locale.ENGLISH);
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void openToolWindowsSpeakTheNewLanguageAfterASwitch(FxRobot robot) {
        Stage[] numbers = new Stage[1];
        robot.interact(() -> {
            numbers[0] = NumbersWindow.show(stage, session);
            workshop.showVote();
            workshop.showTimer();
        });
        Stage vote = toolStage("#workshop-vote-window");
        Stage timer = toolStage("#workshop-timer-window");
        robot.interact(() -> ((TabPane) numbers[0].getScene().getRoot()).getSelectionModel().select(2));

        robot.interact(() -> window.switchLanguage(HEBREW));

        assertThat(numbers[0].isShowing()).isTrue();
        assertThat(numbers[0].getTitle()).isEqualTo(Messages.get(HEBREW, "analysis.numbers.title", session.currentMap().title()));
        TabPane tabs = (TabPane) numbers[0].getScene().getRoot();
        assertThat(tabs.getTabs()).extracting(Tab::getText).containsExactly(
                Messages.get(HEBREW, "analysis.numbers.paths"), Messages.get(HEBREW, "analysis.numbers.attribution"),
                Messages.get(HEBREW, "analysis.numbers.insights"));
        assertThat(tabs.getSelectionModel().getSelectedIndex()).as("the tab that was showing").isEqualTo(2);
        assertThat(tabs.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        assertThat(toolStage("#workshop-vote-window")).isSameAs(vote);
        assertSpeaksHebrew(vote, "workshop.vote.window", "workshop.vote.new");
        assertThat(toolStage("#workshop-timer-window")).isSameAs(timer);
        assertSpeaksHebrew(timer, "workshop.timer.window", "workshop.timer.reset");
    }

    @Test
    void aToolWindowHiddenByAPresentationComesBackInTheLanguageChosenMeanwhile(FxRobot robot) {
        robot.interact(workshop::showTimer);
        Stage timer = toolStage("#workshop-timer-window");
        robot.interact(workshop::present);
        assertThat(timer.isShowing()).as("hidden while presenting").isFalse();

        robot.interact(() -> window.switchLanguage(HEBREW));
        robot.interact(() -> workshop.presentation().close());

        assertThat(timer.isShowing()).isTrue();
        assertSpeaksHebrew(timer, "workshop.timer.window", "workshop.timer.reset");
    }

    private static Stage toolStage(String rootId) {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(rootId) != null)
                .findFirst().orElseThrow();
    }

    private static void assertSpeaksHebrew(Stage tool, String titleKey, String buttonKey) {
        assertThat(tool.isShowing()).isTrue();
        assertThat(tool.getTitle()).isEqualTo(Messages.get(HEBREW, titleKey));
        Node root = tool.getScene().getRoot();
        assertThat(root.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(root.lookupAll(".button").stream().map(n -> ((Labeled) n).getText()))
                .contains(Messages.get(HEBREW, buttonKey))
                .doesNotContain(Messages.get(Locale.ENGLISH, buttonKey));
    }
}
