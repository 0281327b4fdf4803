package app.masa.io.recovery;

import app.masa.model.JourneyFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the recovery copy of one open document up to date. The editing thread only hands over the
 * latest immutable document (a reference, nothing copied or encoded); a background thread writes it
 * at most {@link #delay()} after the first change not yet copied, or at once when asked (the window
 * lost focus). A document with no unsaved changes has no copy. A copy that cannot be written is
 * tried again every {@link #delay()}, logged, and told to the {@link AutosaveListener}.
 */
public final class Autosaver {
    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());
    private static final AutosaveListener NOBODY = new AutosaveListener() {
        @Override
        public void failed(IOException reason) {
        }

        @Override
        public void working() {
        }
    };

    /** Well inside the promise of "within 30 seconds", and rare enough to cost nothing. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(10);

    private final RecoveryStore store;
    private final AutosaveScheduler scheduler;
    private final Duration delay;
    private final String id;
    private final ProcessOwner owner;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicBoolean timerSet = new AtomicBoolean();
    /** False while there is surely no copy on disk, so a clean document costs nothing. */
    private final AtomicBoolean copyMayExist = new AtomicBoolean();
    private final AtomicReference<IOException> lastFailure = new AtomicReference<>();
    /** True from a failed write until a copy is written or no longer needed: unsaved changes are unprotected. */
    private final AtomicBoolean atRisk = new AtomicBoolean();
    private volatile AutosaveListener listener = NOBODY;

    /** A discard ends a generation: a failed write from before it must not come back after it. */
    private final AtomicLong generation = new AtomicLong();

    private record Pending(JourneyFile document, Path original, long generation) {
    }

    public Autosaver(RecoveryStore store, AutosaveScheduler scheduler, Duration delay, String id, ProcessOwner owner) {
        this.store = Objects.requireNonNull(store, "store");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    public String id() {
        return id;
    }

    public Duration delay() {
        return delay;
    }

    /** Told (on the background thread) when copies fail, and when they work again. */
    public void setListener(AutosaveListener listener) {
        this.listener = listener == null ? NOBODY : listener;
    }

    public Optional<IOException> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /**
     * The document changed (an edit, undo, a save). Cheap enough for every keystroke: when it has
     * unsaved changes the copy is due within {@link #delay()}; when it has none the copy goes away.
     */
    public void documentChanged(JourneyFile document, Path original, boolean unsaved) {
        if (!unsaved) {
            discard();
            return;
        }
        copyMayExist.set(true);
        pending.set(new Pending(document, original, generation.get()));
        if (timerSet.compareAndSet(false, true)) {
            scheduler.schedule(this::writeOnTimer, delay);
        }
    }

    /** Writes the latest changes now (the window lost focus, the user is about to leave). */
    public void writeSoon() {
        if (pending.get() != null) {
            scheduler.execute(this::writePending);
        }
    }

    /** The document was saved or closed: no copy is needed, and none written later. */
    public void discard() {
        generation.incrementAndGet();
        pending.set(null);
        if (copyMayExist.getAndSet(false)) {
            scheduler.execute(this::removeCopy);
        }
    }

    /**
     * This document continues an older copy (recovered after a crash): its own copy is written at
     * once, and the older one removed only once that succeeded.
     */
    public void takeOver(String previousId) {
        scheduler.execute(() -> {
            writePending();
            if (lastFailure.get() == null && !previousId.equals(id)) {
                try {
                    store.remove(previousId);
                } catch (IOException e) {
                    // Harmless: the old copy is offered once more after the next start.
                    LOG.log(System.Logger.Level.WARNING, () -> "The recovered copy " + previousId
                            + " could not be removed from " + store.folder(), e);
                    lastFailure.set(e);
                }
            }
        });
    }

    /** For a closing window: waits (briefly) until the background thread has done what was asked. */
    public boolean drain(Duration timeout) {
        return scheduler.drain(timeout);
    }

    private void writeOnTimer() {
        timerSet.set(false);
        writePending();
    }

    private void writePending() {
        Pending next = pending.getAndSet(null);
        if (next == null) {
            return;
        }
        try {
            store.write(id, owner, next.original(), next.document());
            lastFailure.set(null);
            if (atRisk.getAndSet(false)) {
                LOG.log(System.Logger.Level.INFO, () -> "Recovery copy " + id + " written in " + store.folder()
                        + " again after a failure");
                listener.working();
            }
        } catch (IOException | RuntimeException e) {
            IOException failure = e instanceof IOException io ? io : new IOException(e);
            IOException previous = lastFailure.getAndSet(failure);
            // Once when the failure starts or changes, not every few seconds while it lasts.
            if (!atRisk.getAndSet(true) || previous == null
                    || !String.valueOf(previous.getMessage()).equals(failure.getMessage())) {
                LOG.log(System.Logger.Level.WARNING, () -> "Recovery copy " + id + " could not be written in "
                        + store.folder() + "; trying again every " + delay.toSeconds() + " s", failure);
            }
            // Keep the document for the next attempt unless a newer one has arrived meanwhile, and
            // try again without waiting for another change: the user may have stopped editing.
            if (next.generation() == generation.get() && pending.compareAndSet(null, next)
                    && timerSet.compareAndSet(false, true)) {
                scheduler.schedule(this::writeOnTimer, delay);
            }
            listener.failed(failure);
        }
    }

    private void removeCopy() {
        try {
            store.remove(id);
        } catch (IOException | RuntimeException e) {
            // Nothing is lost: the document is saved or closed; the stale copy is offered after the next start.
            LOG.log(System.Logger.Level.WARNING, () -> "Recovery copy " + id + " could not be removed from "
                    + store.folder(), e);
            lastFailure.set(e instanceof IOException io ? io : new IOException(e));
        }
        if (atRisk.getAndSet(false)) {
            LOG.log(System.Logger.Level.INFO, () -> "Recovery copy " + id + " is no longer needed: the document"
                    + " was saved or closed after copies had failed");
            listener.working();
        }
    }
}
