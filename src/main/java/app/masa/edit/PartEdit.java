package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.util.List;
import java.util.Optional;

/** A {@link ListEdit} bound to the list of a map it changes. */
record PartEdit<T extends Record>(Part<T> part, ListEdit<T> edit) {
    @SuppressWarnings("unchecked")
    JourneyMap apply(JourneyMap map) {
        List<T> before = part.list().apply(map);
        List<T> after = edit.apply(before);
        if (part == Part.CARDS) {
            CardColumns.carry((List<Card>) before, (List<Card>) after, (ListEdit<Card>) edit);
        }
        return part.with().apply(map, after);
    }

    JourneyMap revert(JourneyMap map) {
        return part.with().apply(map, edit.revert(part.list().apply(map)));
    }

    /** This single replacement and the next one of the same element, as one replacement. */
    @SuppressWarnings("unchecked")
    Optional<PartEdit<?>> fold(PartEdit<?> next) {
        if (next.part != part || !edit.isSingleReplacement() || !next.edit.isSingleReplacement()
                || edit.replacedIndex() != next.edit.replacedIndex()) {
            return Optional.empty();
        }
        return Optional.of(new PartEdit<>(part, edit.thenReplace((ListEdit<T>) next.edit)));
    }

    long estimatedBytes() {
        return 16 + edit.estimatedBytes(part.bytes(), part.replacedBytes());
    }
}
