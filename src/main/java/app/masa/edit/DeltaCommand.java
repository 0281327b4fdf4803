package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.Optional;

/**
 * A command that works out what it changes when it is applied: {@link #plan} looks at the
 * document, names the change and records it as a {@link Delta}; undo plays that delta backwards.
 * Redo plans again on the same document and so makes the same change, as long as {@code plan}
 * depends on nothing but the document and the command's own fields (new ids are chosen once).
 */
abstract class DeltaCommand implements Command {
    /** The size of a command object and its label, whatever it changed. */
    private static final long OVERHEAD = 96;

    private Planned planned;

    protected DeltaCommand() {
    }

    /** A command that already knows its change, such as two merged steps of one gesture. */
    protected DeltaCommand(Planned planned) {
        this.planned = planned;
    }

    /** The change this command makes to this document, and its label. */
    protected abstract Planned plan(JourneyFile document);

    @Override
    public Optional<Refusal> check(JourneyFile document) {
        return Optional.empty();
    }

    @Override
    public final JourneyFile apply(JourneyFile document) {
        Optional<Refusal> refusal = check(document);
        if (refusal.isPresent()) {
            throw new CommandRefusedException(refusal.get());
        }
        Planned next = plan(document);
        JourneyFile result = next.delta().apply(document);
        planned = next;
        return result;
    }

    @Override
    public final JourneyFile revert(JourneyFile document) {
        if (planned == null) {
            throw new IllegalStateException("a command is undone only after it was applied");
        }
        return planned.delta().revert(document);
    }

    @Override
    public String label() {
        return planned == null ? "" : planned.label().text();
    }

    @Override
    public long estimatedBytes() {
        return OVERHEAD + (planned == null ? 0 : planned.delta().estimatedBytes() + planned.label().estimatedBytes());
    }

    /** The change as last planned, or null before the first apply. */
    protected final Planned planned() {
        return planned;
    }

    protected static JourneyMap requireMap(JourneyFile document, String mapId) {
        return document.map(mapId).orElseThrow(() -> new IllegalArgumentException("no map with id " + mapId));
    }

    /** A label and the change it names. */
    protected record Planned(Label label, Delta delta) {
    }
}
