package app.masa.ui.recovery;

import app.masa.io.recovery.AutosaveListener;
import app.masa.io.recovery.AutosaveScheduler;
import app.masa.io.recovery.Autosaver;
import app.masa.io.recovery.ProcessOwner;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.ui.session.DocumentSession;
import java.io.IOException;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Stage;

/**
 * Connects one window to its recovery copy: every change hands the document to the
 * {@link Autosaver}, losing focus writes the copy at once, and closing the window (after the user
 * saved or chose not to) removes it. A crash removes nothing, which is the point. While copies
 * cannot be written, {@link #problemProperty()} says why, for the window to show.
 */
public final class AutosaveBinding {
    /** How long a closing window waits for its copy to be removed; the disk is local and the file small. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final DocumentSession session;
    private final Autosaver autosaver;
    private final ReadOnlyObjectWrapper<AutosaveProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    private AutosaveBinding(DocumentSession session, Autosaver autosaver) {
        this.session = session;
        this.autosaver = autosaver;
    }

    /** Starts keeping a recovery copy of {@code session}'s document while {@code stage} is open. */
    public static AutosaveBinding attach(Stage stage, DocumentSession session, RecoveryStore store) {
        return attach(stage, session, store, AutosaveScheduler.background(), Autosaver.DEFAULT_DELAY);
    }

    /** As {@link #attach(Stage, DocumentSession, RecoveryStore)}, on a given scheduler and delay. */
    public static AutosaveBinding attach(Stage stage, DocumentSession session, RecoveryStore store,
            AutosaveScheduler scheduler, Duration delay) {
        Autosaver autosaver = new Autosaver(store, scheduler, delay, store.newId(), ProcessOwner.newForThisProcess());
        AutosaveBinding binding = new AutosaveBinding(session, autosaver);
        autosaver.setListener(new AutosaveListener() {
            @Override
            public void failed(IOException reason) {
                Platform.runLater(() -> binding.problem.set(new AutosaveProblem(store.folder(), reason)));
            }

            @Override
            public void working() {
                Platform.runLater(() -> binding.problem.set(null));
            }
        });
        InvalidationListener changed = o -> binding.update();
        session.documentProperty().addListener(changed);
        session.dirtyProperty().addListener(changed);
        session.fileProperty().addListener(changed);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                autosaver.writeSoon();
            }
        });
        stage.showingProperty().addListener((o, was, showing) -> {
            if (was && !showing) {
                autosaver.discard();
                autosaver.drain(CLOSE_WAIT);
            }
        });
        binding.update();
        return binding;
    }

    /** The window now shows the document of {@code entry}: its copy carries on under this window. */
    public void continueFrom(RecoveryEntry entry) {
        update();
        autosaver.takeOver(entry.id());
    }

    public Autosaver autosaver() {
        return autosaver;
    }

    /** Why the unsaved changes have no recovery copy now; null while copies are written (or not needed). */
    public ReadOnlyObjectProperty<AutosaveProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void update() {
        autosaver.documentChanged(session.document(), session.fileProperty().get(), session.dirtyProperty().get());
    }
}
