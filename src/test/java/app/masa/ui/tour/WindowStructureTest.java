package app.masa.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguageExtension;
import app.masa.i18n.Messages;
import app.masa.ui.ShellFixtures;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.Locale;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every window of the designer, in English and in Hebrew, on a template map: on screen, with room
 * for its content, every table column as wide as its header, every list showing its rows.
 */
@ExtendWith(InterfaceLanguageExtension.class) // each run names its language; the one before is put back
@ExtendWith(ApplicationExtension.class)
class WindowStructureTest {
    private Stage stage;
    private Preferences node;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static Stream<Arguments> windows() {
        return Stream.of("en", "he").flatMap(language -> WindowTour.steps().stream()
                .map(step -> Arguments.of(language, step)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("windows")
    void everyWindowShowsItsContent(String language, WindowTour.Step step, FxRobot robot) throws Exception {
        robot.interact(() -> {
            Messages.setLocale(Locale.forLanguageTag(language));
            node = ShellFixtures.preferences();
            DocumentSources sources = DocumentSources.builtIn();
            try {
                DocumentSession session = new DocumentSession(sources.create("organic-grocer", language), null);
                main = new MainWindow(stage, session, new ShellPreferences(node), sources);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            main.show();
        });

        Window window = TourDriver.open(main, step);

        assertThat(TourDriver.onFx(() -> WindowAudit.problems(window))).as(step.name() + " in " + language).isEmpty();
    }

    @AfterEach
    void close() {
        if (main != null) {
            TourDriver.closeOthers(main);
        }
        ShellFixtures.dispose(node);
    }
}
