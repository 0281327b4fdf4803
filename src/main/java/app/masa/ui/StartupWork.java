package app.masa.ui;

import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.model.JourneyFile;
import app.masa.ui.canvas.LayoutsAhead;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.files.StarterDocument;
import app.masa.ui.common.ShellPreferences;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the designer needs before its window can show, prepared on a thread of its own while JavaFX
 * starts: the preferences, the interface language and the sample map; then, with the window
 * already building, the layout of its first map ({@link LayoutsAhead}). JavaFX's own
 * start-up keeps one core busy for a few hundred milliseconds; this work uses another, so the
 * window appears sooner.
 */
final class StartupWork {
    /** What the window is built from. */
    record Prepared(ShellPreferences preferences, DocumentSources sources, JourneyFile sample) {
    }

    private final CompletableFuture<Prepared> result;

    private StartupWork(CompletableFuture<Prepared> result) {
        this.result = result;
    }

    static StartupWork begin() {
        CompletableFuture<Prepared> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Prepared prepared;
            try {
                prepared = prepare();
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            result.complete(prepared);
            layOutAhead(prepared.sample());
        }, "masa-startup");
        thread.setDaemon(true);
        thread.start();
        return new StartupWork(result);
    }

    /** Waits for the work; should it have failed, it is done again here, where a failure shows. */
    Prepared await() {
        try {
            return result.join();
        } catch (CompletionException e) {
            log().log(System.Logger.Level.WARNING, "Preparing the window ahead failed; doing it again now", e.getCause());
            return prepare();
        }
    }

    /** Looked up only when something failed: the lookup sets up the logging service, which held the launch up by up to 20 ms. */
    private static System.Logger log() {
        return System.getLogger(StartupWork.class.getName());
    }

    private static Prepared prepare() {
        ShellPreferences preferences = ShellPreferences.fromSystem();
        Messages.setLocale(interfaceLanguage(preferences));
        DocumentSources sources = DocumentSources.builtIn();
        JourneyFile sample = sample(sources);
        return new Prepared(preferences, sources, sample);
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
            log().log(System.Logger.Level.WARNING, "The sample map could not be read; starting with a new one", e);
            return StarterDocument.create(Messages.locale(), Instant.now());
        }
    }

    /**
     * Lays the first map out as the canvas will show it, after the window has what it needs: the
     * canvas takes that layout if it is ready when the window is built, and otherwise lays the map
     * out itself, never waiting for this. A failure here costs only the head start.
     */
    private static void layOutAhead(JourneyFile sample) {
        try {
            LayoutsAhead.make(sample);
        } catch (RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "Laying the sample map out ahead of the window failed", e);
        }
    }
}
