package app.masa.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.recovery.ManualScheduler;
import app.masa.io.recovery.ProcessOwner;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A real window's recovery copy, on a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
class AutosaveBindingTest {
    private static final Duration DELAY = Duration.ofSeconds(10);
    private static final ProcessOwner GONE = new ProcessOwner(Long.MAX_VALUE - 3, "", null, "gone");

    @TempDir
    Path folder;

    private final ManualScheduler scheduler = new ManualScheduler(Instant.parse("2026-03-04T10:00:00Z"));
    private Preferences node;
    private DocumentSession session;
    private MainWindow window;
    private Stage stage;
    private RecoveryStore store;
    private AutosaveBinding binding;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(ShellFixtures.document(), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        store = new RecoveryStore(folder.resolve("recovery"), scheduler);
        binding = AutosaveBinding.attach(stage, session, store, scheduler, DELAY);
        window.show();
    }

    @AfterEach
    void cleanUp() {
        ShellFixtures.dispose(node);
    }

    @Test
    void anEditIsCopiedWithinTheDelayAndASaveRemovesTheCopy(FxRobot robot) throws Exception {
        assertThat(store.list()).isEmpty();

        robot.interact(() -> edit("Coupon"));
        scheduler.advance(DELAY);

        assertThat(store.list()).singleElement().satisfies(e -> assertThat(e.titles()).containsExactly("Shop visit", "Delivery"));
        assertThat(store.load(store.list().get(0))).isEqualTo(session.document());

        robot.interact(() -> session.markSaved(folder.resolve("shop.journey.json")));
        scheduler.runDue();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheCopy(FxRobot robot) throws Exception {
        robot.interact(() -> edit("Coupon"));
        scheduler.advance(DELAY);
        assertThat(store.list()).hasSize(1);

        robot.interact(() -> session.undo());
        scheduler.runDue();

        assertThat(store.list()).isEmpty();
    }

    @Test
    void closingTheWindowRemovesTheCopy(FxRobot robot) throws Exception {
        robot.interact(() -> edit("Coupon"));
        scheduler.advance(DELAY);

        robot.interact(() -> stage.close());
        scheduler.runDue();

        assertThat(store.list()).isEmpty();
    }

    @Test
    void aRecoveredDocumentCarriesOnUnderThisWindowAndTheOldCopyGoes(FxRobot robot) throws Exception {
        JourneyFile recovered = JourneyFile.of(ShellFixtures.map("map-r", "Recovered"));
        RecoveryEntry old = store.write("20260101-000000-old", GONE, null, recovered);

        robot.interact(() -> {
            window.files().recover(recovered, null);
            binding.continueFrom(old);
        });
        scheduler.runDue();

        assertThat(store.list()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(binding.autosaver().id());
            assertThat(e.owner().mayBeAlive()).isTrue();
        });
        assertThat(store.orphans()).isEmpty();
        assertThat(store.load(store.list().get(0))).isEqualTo(recovered);
    }

    private void edit(String title) {
        Card before = session.document().map("map-a").orElseThrow().card("c1").orElseThrow();
        session.execute(Edits.changeCard("map-a", before, before.withTitle(title)));
        session.seal();
    }
}
