package app.masa.edit;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.Extras;
import app.masa.model.Ids;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Nps;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * New cards, stages, lanes, arrows, personas and maps: each gets an id no sibling has and the
 * default a person would expect ("New stage"), chosen here so that the window, the command line
 * and the room all make new things the same way.
 */
public final class Additions {
    private Additions() {
    }

    public static Addition card(JourneyMap map, String stageId, String laneId, int index, CardType type, String title) {
        String id = Ids.next("c", map.cards().stream().map(Card::id).toList());
        return new Addition(Edits.addCard(map.id(), Card.of(id, stageId, laneId, index, type, title)), id);
    }

    /**
     * A card at the end of a cell, of the type most cards of its lane have (a "Pain points" lane
     * gets pain points), else a note: what someone calling out a step expects.
     */
    public static Addition cardAtEnd(JourneyMap map, String stageId, String laneId, String title) {
        int end = (int) map.cards().stream()
                .filter(c -> c.stageId().equals(stageId) && c.laneId().equals(laneId)).count();
        return card(map, stageId, laneId, end, likelyType(map, laneId), title);
    }

    /** The type most cards of the lane have, else a note. */
    public static CardType likelyType(JourneyMap map, String laneId) {
        Map<CardType, Long> counts = map.cards().stream().filter(c -> c.laneId().equals(laneId))
                .collect(Collectors.groupingBy(Card::type, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(CardType.NOTE);
    }

    /** A stage named "New stage" at a place among the stages. */
    public static Addition stage(JourneyMap map, int index) {
        String id = Ids.next("s", map.stages().stream().map(Stage::id).toList());
        return new Addition(Edits.addStage(map.id(), Stage.of(id, Messages.get("edit.stage.newName")), index), id);
    }

    /** A new stage right after {@code afterStageId}, or at the end when there is none. */
    public static Addition stageAfter(JourneyMap map, String afterStageId) {
        int index = afterStageId == null || map.stageIndex(afterStageId) < 0
                ? map.stages().size() : map.stageIndex(afterStageId) + 1;
        return stage(map, index);
    }

    /** A lane of cards named "New lane" at a place among the lanes. */
    public static Addition lane(JourneyMap map, int index) {
        String id = Ids.next("l", map.lanes().stream().map(Lane::id).toList());
        Lane lane = Lane.of(id, Messages.get("edit.lane.newName"), LaneKind.CARDS);
        return new Addition(Edits.addLane(map.id(), lane, index), id);
    }

    /** A storyboard lane named "Storyboard" at a place among the lanes: a picture frame a stage. */
    public static Addition storyboardLane(JourneyMap map, int index) {
        String id = Ids.next("l", map.lanes().stream().map(Lane::id).toList());
        Lane lane = Lane.of(id, Messages.get("edit.lane.storyboardName"), LaneKind.STORYBOARD);
        return new Addition(Edits.addLane(map.id(), lane, index), id);
    }

    /** A new lane right below {@code afterLaneId}, or at the bottom when there is none. */
    public static Addition laneBelow(JourneyMap map, String afterLaneId) {
        int index = afterLaneId == null || map.laneIndex(afterLaneId) < 0
                ? map.lanes().size() : map.laneIndex(afterLaneId) + 1;
        return lane(map, index);
    }

    public static Addition connection(JourneyMap map, String fromCardId, String toCardId) {
        String id = Ids.next("k", map.connections().stream().map(Connection::id).toList());
        return new Addition(Edits.addConnection(map.id(), Connection.of(id, fromCardId, toCardId)), id);
    }

    public static Addition persona(JourneyMap map, String name) {
        String id = Ids.next("p", map.personas().stream().map(Persona::id).toList());
        return new Addition(Edits.addPersona(map.id(), Persona.of(id, name)), id);
    }

    /**
     * A new map right after {@code model}, with its stages and lanes but nothing measured or said
     * about the model's journey: no cards, personas, arrows, paths, vote, stage NPS, comments or links.
     */
    public static Addition mapLike(JourneyFile document, JourneyMap model, String title, Instant now) {
        String id = newMapId(document, "map");
        JourneyMap blank = model.withId(id).withTitle(title).withScenario("").withPersonas(List.of())
                .withStages(model.stages().stream().map(s -> s.withNps(Nps.EMPTY)).toList())
                .withCards(List.of()).withConnections(List.of()).withConversionPaths(List.of()).withVote(null)
                .withConflicts(List.of()).withComments(List.of()).withLinks(List.of())
                .withCreated(now).withModified(now);
        return new Addition(Edits.addMap(blank, document.mapIndex(model.id()) + 1), id);
    }

    /** A map read from elsewhere, added after the file's maps under an id of its own. */
    public static Addition importedMap(JourneyFile document, JourneyMap imported) {
        String id = newMapId(document, "m");
        return new Addition(Edits.addMap(imported.withId(id), document.maps().size()), id);
    }

    /** An empty row for the conversion-path table, with an id none of {@code existing} has. */
    public static ConversionPath emptyConversionPath(Collection<ConversionPath> existing) {
        return new ConversionPath(Ids.next("path", existing.stream().map(ConversionPath::id).toList()),
                List.of(), 0, 0, Extras.NONE);
    }

    private static String newMapId(JourneyFile document, String prefix) {
        return Ids.next(prefix, document.maps().stream().map(JourneyMap::id).toList());
    }
}
