package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.MergeConflict;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A map with a conflicted thing replaced by its other version, or deleted when the other version
 * deletes it. Deleting a stage or lane takes its cards and their arrows along, as in the designer;
 * deleting a card takes its arrows. The conflict itself stays: the command removes it.
 */
final class OtherVersion {
    private OtherVersion() {
    }

    static JourneyMap apply(JourneyMap map, MergeConflict conflict) {
        Record other = conflict.alternative();
        String id = conflict.id();
        switch (conflict.kind()) {
            case MAP:
                return settings(map, (JourneyMap) other);
            case PERSONA:
                return map.withPersonas(replace(map.personas(), Persona::id, id, (Persona) other));
            case STAGE:
                return other != null ? map.withStages(replace(map.stages(), Stage::id, id, (Stage) other))
                        : withoutCards(map.withStages(replace(map.stages(), Stage::id, id, null)),
                                c -> c.stageId().equals(id));
            case LANE:
                return other != null ? map.withLanes(replace(map.lanes(), Lane::id, id, (Lane) other))
                        : withoutCards(map.withLanes(replace(map.lanes(), Lane::id, id, null)),
                                c -> c.laneId().equals(id));
            case CARD:
                return other != null
                        ? map.withCards(replace(map.cards(), Card::id, id, ((Card) other).clampedTo(map.scale())))
                        : withoutCards(map, c -> c.id().equals(id));
            case CONNECTION:
                return map.withConnections(replace(map.connections(), Connection::id, id, (Connection) other));
            case CONVERSION_PATH:
                return map.withConversionPaths(replace(map.conversionPaths(), ConversionPath::id, id,
                        (ConversionPath) other));
            default:
                return map.withVote((DotVote) other);
        }
    }

    /** The other version's own settings; scores outside its scale move to its nearest level. */
    private static JourneyMap settings(JourneyMap map, JourneyMap other) {
        List<Card> cards = map.cards().stream().map(c -> c.clampedTo(other.scale())).toList();
        return new JourneyMap(map.id(), other.title(), other.scenario(), other.language(), other.direction(),
                other.scale(), map.personas(), map.stages(), map.lanes(), cards, map.connections(), other.created(),
                other.modified(), other.gapThreshold(), other.currency(), map.conversionPaths(),
                other.attributionHalfLife(), map.vote(), other.extras(), map.conflicts(), map.comments(), map.links());
    }

    private static JourneyMap withoutCards(JourneyMap map, Predicate<Card> gone) {
        Set<String> ids = new HashSet<>();
        List<Card> kept = new ArrayList<>();
        for (Card c : map.cards()) {
            if (gone.test(c)) {
                ids.add(c.id());
            } else {
                kept.add(c);
            }
        }
        return map.withCards(kept).withConnections(map.connections().stream()
                .filter(k -> !ids.contains(k.fromCardId()) && !ids.contains(k.toCardId())).toList());
    }

    /** The list with the element of this id replaced by {@code other}, or left out when it is null. */
    private static <T> List<T> replace(List<T> list, Function<T, String> idOf, String id, T other) {
        List<T> result = new ArrayList<>(list.size());
        for (T item : list) {
            if (!idOf.apply(item).equals(id)) {
                result.add(item);
            } else if (other != null) {
                result.add(other);
            }
        }
        return result;
    }
}
