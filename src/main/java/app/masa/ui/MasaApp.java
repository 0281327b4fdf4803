package app.masa.ui;

import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.model.JourneyFile;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.recovery.AutosaveBinding;
import app.masa.ui.recovery.StartupRecovery;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.text.BundledFonts;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one designer window, on the file given or on the sample map. */
public final class MasaApp extends Application {
    private static volatile Path initialFile;
    private static volatile StartupWork startupWork;

    static void setInitialFile(Path file) {
        initialFile = file;
    }

    /** Starts preparing the window's contents while JavaFX itself starts. */
    static void beginStartupWork() {
        startupWork = StartupWork.begin();
    }

    /** Runs once JavaFX has started, just before {@link #start}. */
    @Override
    public void init() {
        BundledFonts.loadAhead();
    }

    @Override
    public void start(Stage stage) {
        StartupWork work = startupWork != null ? startupWork : StartupWork.begin();
        StartupWork.Prepared prepared = work.await();
        ShellPreferences preferences = prepared.preferences();
        DocumentSources sources = prepared.sources();
        DocumentSession session = new DocumentSession(prepared.sample(), null);
        MainWindow window = new MainWindow(stage, session, preferences, sources);
        RecoveryStore recovery = RecoveryStore.forCurrentUser();
        AutosaveBinding autosave = AutosaveBinding.attach(stage, session, recovery);
        window.autosaveProblemProperty().bind(autosave.problemProperty());
        window.show();
        Path file = initialFile;
        if (file != null) {
            window.files().open(file);
        }
        // The first recovered document takes this window unless a file is already on its way into it.
        boolean[] windowFree = {file == null};
        StartupRecovery.offer(stage, recovery, (document, entry) -> {
            if (windowFree[0] && !session.dirtyProperty().get()) {
                windowFree[0] = false;
                window.files().recover(document, entry.original());
                autosave.continueFrom(entry);
            } else {
                openRecovered(document, entry, preferences, sources, recovery);
            }
        });
    }

    private static void openRecovered(JourneyFile document, RecoveryEntry entry, ShellPreferences preferences,
            DocumentSources sources, RecoveryStore recovery) {
        Stage stage = new Stage();
        DocumentSession session = new DocumentSession(document, entry.original());
        MainWindow window = new MainWindow(stage, session, preferences, sources);
        AutosaveBinding autosave = AutosaveBinding.attach(stage, session, recovery);
        window.autosaveProblemProperty().bind(autosave.problemProperty());
        window.files().recover(document, entry.original());
        autosave.continueFrom(entry);
        window.show();
    }
}
