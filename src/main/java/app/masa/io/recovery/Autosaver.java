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
import java.util.function.Consumer;

/**
 * Keeps the recovery copy of one open document up to date. The editing thread only hands over the
 * latest immutable document (a reference, nothing copied or encoded); a background thread writes it
 * at most {@link #delay()} after the first change not yet copied, or at once when asked (the window
 * lost focus). A document with no unsaved changes has no copy.
 */
public final class Autosaver {
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
    private volatile Consumer<IOException> onFailure = e -> { };

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

    /** Called (on the background thread) when a copy could not be written; the next change tries again. */
    public void setOnFailure(Consumer<IOException> listener) {
        onFailure = listener == null ? e -> { } : listener;
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
        } catch (IOException | RuntimeException e) {
            IOException failure = e instanceof IOException io ? io : new IOException(e);
            lastFailure.set(failure);
            // Keep the document for the next attempt unless a newer one has arrived meanwhile.
            if (next.generation() == generation.get()) {
                pending.compareAndSet(null, next);
            }
            onFailure.accept(failure);
        }
    }

    private void removeCopy() {
        try {
            store.remove(id);
        } catch (IOException e) {
            lastFailure.set(e);
        }
    }
}
