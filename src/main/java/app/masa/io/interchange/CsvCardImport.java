package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Ids;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns the records of a CSV file into cards of a map. Stages and lanes are matched by id or by name
 * (ignoring case); cards go after the cards already in their cell, in the order of the file. A row
 * without a lane goes to the touchpoints lane; a row without a type takes the lane's usual type.
 */
public final class CsvCardImport {
    private final JourneyMap original;
    private final CsvMapping mapping;
    private final char delimiter;
    private final UnknownPlaces policy;
    private final List<LineProblem> problems = new ArrayList<>();
    private final Map<String, Stage> stagesByName = new HashMap<>();
    private final Map<String, Lane> lanesByName = new HashMap<>();
    private final List<Stage> newStages = new ArrayList<>();
    private final List<Lane> newLanes = new ArrayList<>();
    private final Map<String, List<Integer>> unknownStages = new LinkedHashMap<>();
    private final Map<String, List<Integer>> unknownLanes = new LinkedHashMap<>();
    private final Set<String> takenIds = new HashSet<>();
    private final Map<String, Integer> cellSizes = new HashMap<>();
    private final List<Card> cards = new ArrayList<>();
    private JourneyMap current;

    private CsvCardImport(JourneyMap map, CsvMapping mapping, char delimiter, UnknownPlaces policy) {
        this.original = map;
        this.current = map;
        this.mapping = mapping;
        this.delimiter = delimiter;
        this.policy = policy;
        map.stages().forEach(s -> remember(stagesByName, s.id(), s.name(), s));
        map.lanes().forEach(l -> remember(lanesByName, l.id(), l.title(), l));
        map.stages().forEach(s -> takenIds.add(s.id()));
        map.lanes().forEach(l -> takenIds.add(l.id()));
        map.cards().forEach(c -> takenIds.add(c.id()));
        map.cards().forEach(c -> cellSizes.merge(cell(c.stageId(), c.laneId()), 1, Integer::sum));
    }

    /** What importing the table into the map would do; nothing is added when any row has a problem. */
    public static CsvImportResult apply(JourneyMap map, CsvTable table, CsvMapping mapping, UnknownPlaces policy) {
        return new CsvCardImport(map, mapping, table.delimiter(), policy).run(table);
    }

    private CsvImportResult run(CsvTable table) {
        if (!mapping.has(CardField.TITLE)) {
            problems.add(new LineProblem(1, Messages.get("interchange.csv.noColumn", CardField.TITLE.header())));
        }
        if (!mapping.has(CardField.STAGE)) {
            problems.add(new LineProblem(1, Messages.get("interchange.csv.noColumn", CardField.STAGE.header())));
        }
        if (problems.isEmpty()) {
            for (CsvRecord record : table.records()) {
                row(record);
            }
            reportUnknown(unknownStages, "interchange.csv.unknownStage");
            reportUnknown(unknownLanes, "interchange.csv.unknownLane");
        }
        if (!problems.isEmpty()) {
            return new CsvImportResult(original, List.of(), List.of(), List.of(), table.placed(problems));
        }
        List<Card> all = new ArrayList<>(current.cards());
        all.addAll(cards);
        return new CsvImportResult(current.withCards(all), newStages, newLanes, cards, problems);
    }

    private void row(CsvRecord record) {
        int line = record.line();
        String title = mapping.text(record, CardField.TITLE);
        String text = mapping.text(record, CardField.TEXT);
        if (title.isEmpty() && text.isEmpty()) {
            problems.add(new LineProblem(line, Messages.get("interchange.csv.noTitle")));
            return;
        }
        Optional<Stage> stage = stage(mapping.text(record, CardField.STAGE), line);
        Optional<Lane> lane = lane(mapping.text(record, CardField.LANE), line);
        if (stage.isEmpty() || lane.isEmpty()) {
            return;
        }
        if (lane.get().kind() == LaneKind.EMOTION) {
            problems.add(new LineProblem(line, Messages.get("interchange.csv.emotionLane", lane.get().title())));
            return;
        }
        CsvCardValues values = CsvCardValues.read(record, mapping, delimiter, current.scale(), problems);
        if (values == null) {
            return;
        }
        CardType type = values.type() != null ? values.type() : defaultType(lane.get(), values);
        String id = Ids.next("c", takenIds);
        takenIds.add(id);
        String cell = cell(stage.get().id(), lane.get().id());
        int order = cellSizes.merge(cell, 1, Integer::sum) - 1;
        Card card = Card.of(id, stage.get().id(), lane.get().id(), order, type, title)
                .withBody(text).withChannel(values.channel()).withScore(values.score()).withMetrics(values.metrics())
                .withExpectedScore(values.expected());
        cards.add(card);
    }

    private CardType defaultType(Lane lane, CsvCardValues values) {
        Optional<CardType> usual = LaneTypes.usualType(original, lane);
        if (usual.isPresent()) {
            return usual.get();
        }
        return values.channel() != null || values.score() != null ? CardType.TOUCHPOINT : CardType.NOTE;
    }

    private Optional<Stage> stage(String name, int line) {
        if (name.isEmpty()) {
            problems.add(new LineProblem(line, Messages.get("interchange.csv.noStage")));
            return Optional.empty();
        }
        Stage known = stagesByName.get(key(name));
        if (known != null) {
            return Optional.of(known);
        }
        if (policy == UnknownPlaces.REPORT) {
            unknownStages.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
            return Optional.empty();
        }
        String id = Ids.next("s", takenIds);
        takenIds.add(id);
        Stage stage = Stage.of(id, name);
        newStages.add(stage);
        stagesByName.put(key(name), stage);
        List<Stage> stages = new ArrayList<>(current.stages());
        stages.add(stage);
        current = current.withStages(stages);
        return Optional.of(stage);
    }

    private Optional<Lane> lane(String name, int line) {
        if (name.isEmpty()) {
            Optional<Lane> touchpoints = TouchpointLane.of(current);
            return touchpoints.isPresent() ? touchpoints : Optional.of(addLane(TouchpointLane.create(current)));
        }
        Lane known = lanesByName.get(key(name));
        if (known != null) {
            return Optional.of(known);
        }
        if (policy == UnknownPlaces.REPORT) {
            unknownLanes.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
            return Optional.empty();
        }
        String id = Ids.next("l", takenIds);
        takenIds.add(id);
        Lane lane = addLane(Lane.of(id, name, LaneKind.CARDS));
        lanesByName.put(key(name), lane);
        return Optional.of(lane);
    }

    private Lane addLane(Lane lane) {
        newLanes.add(lane);
        takenIds.add(lane.id());
        remember(lanesByName, lane.id(), lane.title(), lane);
        List<Lane> lanes = new ArrayList<>(current.lanes());
        lanes.add(lane);
        current = current.withLanes(lanes);
        return lane;
    }

    private void reportUnknown(Map<String, List<Integer>> unknown, String key) {
        unknown.forEach((name, lines) -> {
            StringJoiner joined = new StringJoiner(", ");
            lines.forEach(l -> joined.add(Integer.toString(l)));
            problems.add(new LineProblem(lines.get(0), Messages.get(key, name, joined.toString())));
        });
    }

    private static <T> void remember(Map<String, T> byName, String id, String name, T value) {
        byName.putIfAbsent(key(id), value);
        if (!name.isBlank()) {
            byName.putIfAbsent(key(name), value);
        }
    }

    private static String key(String name) {
        return CardField.normalise(name);
    }

    private static String cell(String stageId, String laneId) {
        return stageId + '\u0000' + laneId;
    }
}
