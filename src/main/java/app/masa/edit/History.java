package app.masa.edit;

import app.masa.model.JourneyFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one place a document changes. Keeps undo and redo stacks of {@link Command}s, merges the
 * parts of one gesture into one step, remembers the save point (so "dirty" is derived, never set
 * by hand), and drops the oldest steps when the commands it holds outgrow a memory budget.
 */
public final class History {
    /** Far more than any workshop produces; a cap only against runaway memory. */
    public static final long DEFAULT_BUDGET_BYTES = 32L * 1024 * 1024;

    /** The save point when nothing has been done since the document was saved or opened. */
    private static final Entry CLEAN_START = new Entry(null);
    /** The save point once the saved state can no longer be reached by undo or redo. */
    private static final Entry UNREACHABLE = new Entry(null);

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<History>> listeners = new ArrayList<>();
    private final long budgetBytes;

    private JourneyFile document;
    private Entry savePoint = CLEAN_START;
    private boolean sealed = true;
    private long heldBytes;

    public History(JourneyFile initial) {
        this(initial, DEFAULT_BUDGET_BYTES);
    }

    public History(JourneyFile initial, long budgetBytes) {
        this.document = Objects.requireNonNull(initial, "initial");
        this.budgetBytes = budgetBytes;
    }

    public JourneyFile document() {
        return document;
    }

    /**
     * Applies a command and records it, folding it into the previous step when both are one gesture.
     * A command that changes nothing is not recorded. A command that {@linkplain Command#check
     * refuses} to run changes nothing and says why; when a command fails (it throws), the document
     * and the history stay as they were.
     *
     * @return why the command did not run, or empty when it did (or had nothing to change)
     */
    public Optional<Refusal> execute(Command command) {
        Optional<Refusal> refusal = command.check(document);
        if (refusal.isPresent()) {
            return refusal;
        }
        JourneyFile next;
        try {
            next = command.apply(document);
        } catch (CommandRefusedException refused) {
            // A part of a compound command refused: nothing was recorded.
            return Optional.of(refused.refusal());
        }
        if (next == document) {
            // Nothing changed (a card dropped where it was): no step to undo, and the gesture goes on.
            return Optional.empty();
        }
        Entry top = undo.peek();
        Optional<Command> merged = !sealed && top != null && top != savePoint
                ? top.command.mergeWith(command) : Optional.empty();
        if (merged.isPresent()) {
            undo.pop();
            heldBytes -= top.bytes;
            push(new Entry(merged.get()));
        } else {
            push(new Entry(command));
        }
        sealed = false;
        clearRedo();
        document = next;
        trimToBudget();
        fire();
        return Optional.empty();
    }

    /** Ends the current gesture: the next command starts a new undo step even if it could merge. */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command.label());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command.label());
    }

    public void undo() {
        Entry entry = undo.poll();
        if (entry == null) {
            return;
        }
        heldBytes -= entry.bytes;
        document = entry.command.revert(document);
        redo.push(entry);
        heldBytes += entry.bytes;
        sealed = true;
        fire();
    }

    public void redo() {
        Entry entry = redo.poll();
        if (entry == null) {
            return;
        }
        heldBytes -= entry.bytes;
        document = entry.command.apply(document);
        push(entry);
        sealed = true;
        fire();
    }

    /** Remembers the current state as saved; undoing or redoing back to it makes the document clean. */
    public void markSaved() {
        savePoint = undo.isEmpty() ? CLEAN_START : undo.peek();
        sealed = true;
        fire();
    }

    public boolean isDirty() {
        Entry top = undo.isEmpty() ? CLEAN_START : undo.peek();
        return top != savePoint;
    }

    /** Starts over on another document (New, Open): no undo, no redo, clean. */
    public void reset(JourneyFile newDocument) {
        startOver(newDocument, CLEAN_START);
    }

    /**
     * Starts over on a document that no file holds (one recovered after a crash): no undo, no redo,
     * and dirty until it is saved, because no state the history can reach is a saved one.
     */
    public void resetUnsaved(JourneyFile newDocument) {
        startOver(newDocument, UNREACHABLE);
    }

    private void startOver(JourneyFile newDocument, Entry newSavePoint) {
        document = Objects.requireNonNull(newDocument, "newDocument");
        undo.clear();
        redo.clear();
        heldBytes = 0;
        savePoint = newSavePoint;
        sealed = true;
        fire();
    }

    /** The bytes the recorded commands keep alive, as they estimate them. */
    public long heldBytes() {
        return heldBytes;
    }

    public int undoDepth() {
        return undo.size();
    }

    public int redoDepth() {
        return redo.size();
    }

    public void addListener(Consumer<History> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<History> listener) {
        listeners.remove(listener);
    }

    private void push(Entry entry) {
        undo.push(entry);
        heldBytes += entry.bytes;
    }

    private void clearRedo() {
        for (Entry e : redo) {
            heldBytes -= e.bytes;
            if (e == savePoint) {
                savePoint = UNREACHABLE;
            }
        }
        redo.clear();
    }

    private void trimToBudget() {
        while (heldBytes > budgetBytes && undo.size() > 1) {
            Entry oldest = undo.pollLast();
            heldBytes -= oldest.bytes;
            // Undoing everything now stops at the state after the dropped step, not at the start.
            if (savePoint == oldest) {
                savePoint = CLEAN_START;
            } else if (savePoint == CLEAN_START) {
                savePoint = UNREACHABLE;
            }
        }
    }

    private void fire() {
        for (Consumer<History> listener : List.copyOf(listeners)) {
            listener.accept(this);
        }
    }

    private static final class Entry {
        final Command command;
        final long bytes;

        Entry(Command command) {
            this.command = command;
            this.bytes = command == null ? 0 : command.estimatedBytes();
        }
    }
}
