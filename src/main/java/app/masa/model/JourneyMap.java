package app.masa.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One journey: the stages a persona goes through, the lanes that describe each stage, and the cards
 * in the cells where they meet. Immutable; every change makes a new map.
 *
 * @param language BCP 47 tag of the map's content ("en", "he")
 */
public record JourneyMap(String id, String title, String scenario, String language, Direction direction,
                         EmotionScale scale, List<Persona> personas, List<Stage> stages, List<Lane> lanes,
                         List<Card> cards, List<Connection> connections, Instant created, Instant modified,
                         Extras extras) {

    public static final Comparator<Card> BY_ORDER = Comparator.comparingInt(Card::order);

    public JourneyMap {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        scenario = scenario == null ? "" : scenario;
        language = language == null || language.isBlank() ? "en" : language;
        direction = direction == null ? Direction.forLanguage(language) : direction;
        Objects.requireNonNull(scale, "scale");
        personas = List.copyOf(personas);
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        cards = List.copyOf(cards);
        connections = List.copyOf(connections);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public Optional<Connection> connection(String connectionId) {
        return connections.stream().filter(c -> c.id().equals(connectionId)).findFirst();
    }

    public int stageIndex(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public int laneIndex(String laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(laneId)) {
                return i;
            }
        }
        return -1;
    }

    /** The cards of one cell, first to last. */
    public List<Card> cardsIn(String stageId, String laneId) {
        List<Card> result = new ArrayList<>();
        for (Card c : cards) {
            if (c.isIn(stageId, laneId)) {
                result.add(c);
            }
        }
        result.sort(BY_ORDER);
        return result;
    }

    /** Every cell's cards, keyed by stage id then lane id, each list first to last. */
    public Map<String, Map<String, List<Card>>> cardsByCell() {
        Map<String, Map<String, List<Card>>> cells = new HashMap<>();
        for (Card c : cards) {
            cells.computeIfAbsent(c.stageId(), k -> new HashMap<>())
                    .computeIfAbsent(c.laneId(), k -> new ArrayList<>())
                    .add(c);
        }
        cells.values().forEach(byLane -> byLane.values().forEach(list -> list.sort(BY_ORDER)));
        return cells;
    }

    /**
     * The touchpoints in journey order (stage by stage, lane by lane, then order inside the cell):
     * the points the emotion curve is drawn through.
     */
    public List<Card> touchpointsInJourneyOrder() {
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.put(stages.get(i).id(), i);
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneIndex.put(lanes.get(i).id(), i);
        }
        return cards.stream()
                .filter(c -> c.type() == CardType.TOUCHPOINT)
                .filter(c -> stageIndex.containsKey(c.stageId()) && laneIndex.containsKey(c.laneId()))
                .sorted(Comparator.<Card>comparingInt(c -> stageIndex.get(c.stageId()))
                        .thenComparingInt(c -> laneIndex.get(c.laneId()))
                        .thenComparingInt(Card::order))
                .toList();
    }

    public JourneyMap withTitle(String v) { return new JourneyMap(id, v, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withScenario(String v) { return new JourneyMap(id, title, v, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withLanguage(String v) { return new JourneyMap(id, title, scenario, v, direction, scale, personas, stages, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withDirection(Direction v) { return new JourneyMap(id, title, scenario, language, v, scale, personas, stages, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withScale(EmotionScale v) { return new JourneyMap(id, title, scenario, language, direction, v, personas, stages, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withPersonas(List<Persona> v) { return new JourneyMap(id, title, scenario, language, direction, scale, v, stages, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withStages(List<Stage> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, v, lanes, cards, connections, created, modified, extras); }
    public JourneyMap withLanes(List<Lane> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, v, cards, connections, created, modified, extras); }
    public JourneyMap withCards(List<Card> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, v, connections, created, modified, extras); }
    public JourneyMap withConnections(List<Connection> v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, v, created, modified, extras); }
    public JourneyMap withCreated(Instant v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, v, modified, extras); }
    public JourneyMap withModified(Instant v) { return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, v, extras); }
    public JourneyMap withId(String v) { return new JourneyMap(v, title, scenario, language, direction, scale, personas, stages, lanes, cards, connections, created, modified, extras); }
}
