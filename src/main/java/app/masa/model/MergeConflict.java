package app.masa.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A thing that two merged versions of a map changed in different ways. The map holds one version
 * (the one merged into, or the edited one when the other version deletes the thing, so nothing
 * written disappears unseen); the conflict keeps the other version whole, so a person can take
 * either.
 *
 * @param kind what the thing is
 * @param id its id; the map's id for {@link ConflictKind#MAP}, "vote" for {@link ConflictKind#VOTE}
 * @param fields the file's names of the fields the two versions disagree on, in file order; for a
 *               deletion against an edit, the fields the edit changed
 * @param alternative the thing as the other version has it, of the kind's {@link ConflictKind#type()};
 *                    null when the other version deletes it. For the map's settings it is a map
 *                    without personas, stages, lanes, cards, connections, paths or vote.
 */
public record MergeConflict(ConflictKind kind, String id, List<String> fields, Record alternative) {
    /** The id a conflict about the map's dot vote carries. */
    public static final String VOTE_ID = "vote";

    public MergeConflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (alternative != null && !kind.type().isInstance(alternative)) {
            throw new IllegalArgumentException("the other version of a " + kind + " is not a "
                    + alternative.getClass().getSimpleName());
        }
    }

    /** Whether the other version deletes the thing. */
    public boolean alternativeDeletes() {
        return alternative == null;
    }

    /** The other version as its record type; empty when it deletes the thing or is of another type. */
    public <T extends Record> Optional<T> alternative(Class<T> type) {
        return type.isInstance(alternative) ? Optional.of(type.cast(alternative)) : Optional.empty();
    }

    /** Whether this conflict is about the given thing. */
    public boolean isAbout(ConflictKind k, String thingId) {
        return kind == k && id.equals(thingId);
    }
}
