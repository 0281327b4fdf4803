package app.masa.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.io.recovery.ManualScheduler;
import app.masa.io.recovery.RecoveryStore;
import app.masa.model.Card;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window whose recovery copies cannot be written says so in its status bar, until they can again. */
@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class AutosaveWarningTest {
    private static final Duration DELAY = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private final ManualScheduler scheduler = new ManualScheduler(Instant.parse("2026-03-04T10:00:00Z"));
    private Preferences node;
    private DocumentSession session;
    private MainWindow window;
    private Path folder;
    private RecoveryStore store;

    @Start
    void start(Stage stage) throws Exception {
        node = ShellFixtures.preferences();
        folder = Files.createDirectory(temp.resolve("recovery"));
        session = new DocumentSession(ShellFixtures.document(), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        store = new RecoveryStore(folder, scheduler);
        AutosaveBinding binding = AutosaveBinding.attach(stage, session, store, scheduler, DELAY);
        // as the application wires every window
        window.autosaveProblemProperty().bind(binding.problemProperty());
        window.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        ReadOnlyFolders.open(folder);
        ShellFixtures.dispose(node);
    }

    @Test
    void aFolderThatRefusesCopiesIsNamedWithTheReasonUntilACopyIsWritten(FxRobot robot) throws Exception {
        Label warning = robot.lookup("#status-autosave").queryAs(Label.class);
        assertThat(warning.isVisible()).isFalse();

        ReadOnlyFolders.close(folder);
        robot.interact(() -> edit("Coupon"));
        scheduler.advance(DELAY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains(folder.toAbsolutePath().toString())
                .contains(Messages.get("io.reason.denied")).doesNotContain("Exception");
        assertThat(robot.lookup(".status-hint").queryAs(Label.class).isVisible()).isFalse();

        ReadOnlyFolders.open(folder);
        scheduler.advance(DELAY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(warning.isVisible()).isFalse();
        assertThat(robot.lookup(".status-hint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(store.load(store.list().get(0))).isEqualTo(session.document());
    }

    @Test
    void theWarningFollowsAChangeOfLanguage(FxRobot robot) throws Exception {
        ReadOnlyFolders.close(folder);
        robot.interact(() -> edit("Coupon"));
        scheduler.advance(DELAY);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> window.switchLanguage(Locale.forLanguageTag("he")));

        Label warning = robot.lookup("#status-autosave").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains(folder.toAbsolutePath().toString())
                .contains(Messages.get("io.reason.denied")).startsWith("השמירה האוטומטית");
    }

    @Test
    void inANarrowWindowTheWarningShortensAndTheFiguresStayWhole(FxRobot robot) throws Exception {
        ReadOnlyFolders.close(folder);
        robot.interact(() -> edit("Coupon"));
        scheduler.advance(DELAY);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> window.stage().setWidth(720));

        Label warning = robot.lookup("#status-autosave").queryAs(Label.class);
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertThat(warning.getWidth()).isLessThan(warning.prefWidth(-1));
        assertThat(counts.getWidth()).isGreaterThanOrEqualTo(counts.prefWidth(-1));
        assertThat(zoom.getWidth()).isGreaterThanOrEqualTo(zoom.prefWidth(-1));
        assertThat(warning.getTooltip().getText()).isEqualTo(warning.getText());
    }

    private void edit(String title) {
        Card before = session.document().map("map-a").orElseThrow().card("c1").orElseThrow();
        session.execute(Edits.changeCard("map-a", before, before.withTitle(title)));
        session.seal();
    }
}
