package app.masa.ui;

import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.model.JourneyFile;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.files.StarterDocument;
import app.masa.ui.recovery.AutosaveBinding;
import app.masa.ui.recovery.StartupRecovery;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.BundledFonts;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.shell.ShellPreferences;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one designer window, on the file given or on the sample map. */
public final class MasaApp extends Application {
    private static volatile Path initialFile;

    static void setInitialFile(Path file) {
        initialFile = file;
    }

    @Override
    public void start(Stage stage) {
        BundledFonts.load();
        ShellPreferences preferences = ShellPreferences.fromSystem();
        Messages.setLocale(interfaceLanguage(preferences));
        DocumentSources sources = DocumentSources.builtIn();
        DocumentSession session = new DocumentSession(sample(sources), null);
        MainWindow window = new MainWindow(stage, session, preferences, sources);
        RecoveryStore recovery = RecoveryStore.forCurrentUser();
        AutosaveBinding autosave = AutosaveBinding.attach(stage, session, recovery);
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
        window.files().recover(document, entry.original());
        autosave.continueFrom(entry);
        window.show();
    }

    /** {@code --lang} on the command line wins; then the language chosen last time; then the system's. */
    private static Locale interfaceLanguage(ShellPreferences preferences) {
        Locale current = Messages.locale();
        if (!current.getLanguage().equals(Messages.defaultLocale().getLanguage())) {
            return current;
        }
        return preferences.language().orElse(current);
    }

    private static JourneyFile sample(DocumentSources sources) {
        try {
            return sources.sample(Messages.locale().getLanguage());
        } catch (JourneyFileException | RuntimeException e) {
            return StarterDocument.create(Messages.locale(), Instant.now());
        }
    }
}
