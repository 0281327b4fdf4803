package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Direction;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard guide lists exactly the keys the presentation answers: each key is tried on it. */
@ExtendWith(ApplicationExtension.class)
class PresentationKeysListedTest {
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
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s != stage).forEach(w -> ((Stage) w).close()));
        ShellFixtures.dispose(node);
    }

    @Test
    void theGuideListsEveryKeyThePresentationAnswersAndNoOther(FxRobot robot) {
        Workshop workshop = Workshop.of(session, window.canvas().node());
        robot.interact(workshop::present);
        PresentationView view = workshop.presentation();
        PresentationControls controls = new PresentationControls(view);

        List<KeyCode> answered = new ArrayList<>();
        robot.interact(() -> {
            for (KeyCode code : KeyCode.values()) {
                // Escape ends the presentation, so it is tried last.
                if (code != KeyCode.ESCAPE && controls.pressed(code)) {
                    answered.add(code);
                }
                view.finishZoom();
            }
            if (controls.pressed(KeyCode.ESCAPE)) {
                answered.add(KeyCode.ESCAPE);
            }
        });

        assertThat(answered).containsExactlyInAnyOrderElementsOf(WorkshopKeys.presentationCodes());
    }
}
