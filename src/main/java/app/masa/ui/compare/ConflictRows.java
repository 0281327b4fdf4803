package app.masa.ui.compare;

import app.masa.analysis.diff.Change;
import app.masa.model.ConversionPath;
import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.MergeConflict;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A merged map's conflicts as rows of the Compare window, worded as the differences are: each
 * conflict's other version is put in a copy of the map and compared with the map as it is.
 */
final class ConflictRows {
    private ConflictRows() {
    }

    static List<VersionRow> of(JourneyMap ours) {
        List<VersionRow> rows = new ArrayList<>();
        for (MergeConflict conflict : ours.standingConflicts()) {
            Change.Element element = element(conflict);
            List<Change> changes = VersionRow.between(ours, withOther(ours, conflict)).stream()
                    .filter(r -> r.element() == element && r.id().equals(thingId(ours, conflict)))
                    .flatMap(r -> r.changes().stream()).toList();
            if (changes.isEmpty()) {
                changes = List.of(new Change(ours.title(), Change.Kind.CHANGED, element, conflict.id(), conflict.id(),
                        "", String.join(", ", conflict.fields())));
            }
            rows.add(new VersionRow(element, thingId(ours, conflict), changes, conflict));
        }
        return rows;
    }

    private static String thingId(JourneyMap ours, MergeConflict conflict) {
        return switch (conflict.kind()) {
            case MAP -> ours.id();
            case VOTE -> "";
            default -> conflict.id();
        };
    }

    private static Change.Element element(MergeConflict conflict) {
        return switch (conflict.kind()) {
            case MAP -> Change.Element.MAP;
            case PERSONA -> Change.Element.PERSONA;
            case STAGE -> Change.Element.STAGE;
            case LANE -> Change.Element.LANE;
            case CARD -> Change.Element.CARD;
            case CONNECTION -> Change.Element.CONNECTION;
            case CONVERSION_PATH -> Change.Element.PATH;
            case VOTE -> Change.Element.VOTE;
        };
    }

    /** The map with the conflict's thing as the other version has it (or without it, when that deletes it). */
    private static JourneyMap withOther(JourneyMap ours, MergeConflict c) {
        return switch (c.kind()) {
            case MAP -> c.alternative(JourneyMap.class).map(other -> ours.withTitle(other.title())
                    .withScenario(other.scenario()).withLanguage(other.language()).withDirection(other.direction())
                    .withScale(other.scale()).withGapThreshold(other.gapThreshold()).withCurrency(other.currency())
                    .withAttributionHalfLife(other.attributionHalfLife())).orElse(ours);
            case PERSONA -> ours.withPersonas(replace(ours.personas(), Persona::id, c, Persona.class));
            case STAGE -> ours.withStages(replace(ours.stages(), Stage::id, c, Stage.class));
            case LANE -> ours.withLanes(replace(ours.lanes(), Lane::id, c, Lane.class));
            case CARD -> ours.withCards(replace(ours.cards(), Card::id, c, Card.class));
            case CONNECTION -> ours.withConnections(replace(ours.connections(), Connection::id, c, Connection.class));
            case CONVERSION_PATH -> ours.withConversionPaths(
                    replace(ours.conversionPaths(), ConversionPath::id, c, ConversionPath.class));
            case VOTE -> ours.withVote(c.alternative(DotVote.class).orElse(null));
        };
    }

    private static <T extends Record> List<T> replace(List<T> list, Function<T, String> id, MergeConflict c,
                                                      Class<T> type) {
        List<T> out = new ArrayList<>();
        for (T item : list) {
            if (!id.apply(item).equals(c.id())) {
                out.add(item);
            } else {
                c.alternative(type).ifPresent(out::add);
            }
        }
        return out;
    }
}
