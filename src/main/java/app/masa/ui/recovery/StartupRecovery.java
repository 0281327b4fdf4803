package app.masa.ui.recovery;

import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.model.JourneyFile;
import app.masa.ui.dialog.Dialogs;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Window;

/** At start: offers the documents an earlier Masa left unsaved when it ended without closing them. */
public final class StartupRecovery {
    private static final System.Logger LOG = System.getLogger(StartupRecovery.class.getName());
    private static final ExecutorService PREVIEWS = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "masa-recovery-previews");
        thread.setDaemon(true);
        return thread;
    });

    /** Puts a recovered document in a window. */
    @FunctionalInterface
    public interface Windows {
        void show(JourneyFile document, RecoveryEntry entry);
    }

    private StartupRecovery() {
    }

    /** Asks about every orphaned copy; does nothing (and shows nothing) when there is none. */
    public static void offer(Window owner, RecoveryStore store, Windows windows) {
        List<RecoveryEntry> orphans;
        try {
            orphans = store.orphans();
        } catch (IOException e) {
            // An unreadable recovery folder must not stop anyone opening the designer.
            LOG.log(System.Logger.Level.WARNING, () -> "Could not look for recovery copies in " + store.folder(), e);
            return;
        }
        if (orphans.isEmpty()) {
            return;
        }
        RecoveryChoice choice = RecoveryDialog.ask(owner, store, orphans, PREVIEWS);
        for (RecoveryEntry entry : choice.discard()) {
            try {
                store.remove(entry.id());
            } catch (IOException e) {
                // left in place: it is offered again next time, which loses nothing
                LOG.log(System.Logger.Level.WARNING, () -> "Could not delete the recovery copy " + entry.id(), e);
            }
        }
        for (RecoveryEntry entry : choice.recover()) {
            try {
                JourneyFile document = store.load(entry);
                windows.show(document, entry);
            } catch (JourneyFileException e) {
                LOG.log(System.Logger.Level.WARNING, () -> "Could not read the recovery copy " + entry.id(), e);
                Dialogs.showError(owner, Messages.get("recovery.failed", RecoveryTexts.titles(entry)), e.getMessage());
            }
        }
    }
}
