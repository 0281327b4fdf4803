package app.masa.ui;

import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.model.JourneyFile;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.files.StarterDocument;
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
        window.show();
        Path file = initialFile;
        if (file != null) {
            window.files().open(file);
        }
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
