package app.masa.edit;

import app.masa.model.JourneyFile;
import java.util.Optional;

/**
 * One undoable change to a document. The UI never changes the model itself: it builds a command
 * and hands it to the {@link History}. A command keeps only what it needs to redo and undo itself
 * (ids and the values before and after), never a copy of the document.
 */
public interface Command {
    /** What the Edit menu shows after "Undo" / "Redo", in the interface language. */
    String label();

    /**
     * Whether the command can run on {@code document}: empty when it can, otherwise why not (for
     * the person who asked). Asked by {@link History#execute} before applying; a refused command
     * changes nothing.
     */
    default Optional<Refusal> check(JourneyFile document) {
        return Optional.empty();
    }

    /** The document with the change made. Throws {@link CommandRefusedException} when {@link #check} refuses. */
    JourneyFile apply(JourneyFile document);

    JourneyFile revert(JourneyFile document);

    /**
     * Folds the next command into this one when both are parts of one gesture (typing a title,
     * nudging a card), so the gesture is one undo step. Empty when they stay separate.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }

    /** A rough count of the bytes this command keeps alive, for the history's memory budget. */
    default long estimatedBytes() {
        return 128;
    }
}
