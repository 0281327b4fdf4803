package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a stage, lane, connection or persona with an edited copy. Successive changes of the
 * same field merge: renaming letter by letter or dragging a border is one undo step.
 */
final class ChangeElement<T extends Record> extends DeltaCommand {
    private final Part<T> part;
    private final String mapId;
    private final String elementId;
    private final String field;
    private final T after;

    ChangeElement(Part<T> part, String mapId, T before, T after) {
        this.part = part;
        this.mapId = mapId;
        this.elementId = part.id().apply(before);
        if (!elementId.equals(part.id().apply(after))) {
            throw new IllegalArgumentException("a change keeps the " + part.key() + "'s id: " + elementId);
        }
        this.field = Fields.single(before, after, Set.of("id"));
        this.after = after;
    }

    private ChangeElement(ChangeElement<T> first, ChangeElement<T> next, Delta folded) {
        super(new Planned(first.planned().label(), folded));
        this.part = first.part;
        this.mapId = first.mapId;
        this.elementId = first.elementId;
        this.field = first.field;
        this.after = next.after;
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        int at = part.require(map, elementId);
        List<T> list = part.list().apply(map);
        T current = list.get(at);
        if (current.equals(after)) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        return new Planned(part.label(action(), current),
                MapDelta.on(mapId).edit(part, ListEdit.replace(at, current, after)).build());
    }

    private String action() {
        if (after instanceof Lane lane && field.equals("collapsed")) {
            return lane.collapsed() ? "collapse" : "expand";
        }
        return part.fieldKey().getOrDefault(field, "edit");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Command> mergeWith(Command next) {
        if (!(next instanceof ChangeElement<?> other) || other.part != part || !other.mapId.equals(mapId)
                || !other.elementId.equals(elementId) || !other.field.equals(field) || field.equals("collapsed")
                || planned() == null || other.planned() == null) {
            return Optional.empty();
        }
        ChangeElement<T> same = (ChangeElement<T>) other;
        return MapDelta.fold(planned().delta(), same.planned().delta()).map(d -> new ChangeElement<>(this, same, d));
    }

    @Override
    public long estimatedBytes() {
        return super.estimatedBytes() + part.bytes().applyAsLong(after);
    }
}
