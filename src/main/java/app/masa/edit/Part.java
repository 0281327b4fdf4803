package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * One of the lists a map is made of (its stages, lanes, cards, connections or personas), described
 * once so that the commands which add, change, move and delete elements work the same on all of
 * them.
 *
 * @param key      the word in the message keys: "edit.stage.rename"
 * @param name     what a label calls an element, or null for elements that have no name
 * @param fieldKey which label a change of one record component gets ("name" is a rename)
 * @param bytes    what an element added or removed keeps alive
 * @param replacedBytes what replacing an element keeps alive
 */
record Part<T extends Record>(String key, Function<JourneyMap, List<T>> list,
                              BiFunction<JourneyMap, List<T>, JourneyMap> with, Function<T, String> id,
                              Function<T, String> name, Map<String, String> fieldKey,
                              ToLongFunction<T> bytes, ToLongBiFunction<T, T> replacedBytes) {

    static final Part<Card> CARDS = new Part<>("card", JourneyMap::cards, JourneyMap::withCards, Card::id,
            Card::title, Map.of("title", "rename", "body", "body", "type", "type", "channel", "channel",
            "score", "score", "tags", "tags", "color", "color", "picture", "picture"), Footprint::of,
            Footprint::replaced);
    static final Part<Stage> STAGES = new Part<>("stage", JourneyMap::stages, JourneyMap::withStages, Stage::id,
            Stage::name, Map.of("name", "rename", "description", "description", "width", "width",
            "color", "color"), Footprint::of, (before, after) -> Footprint.of(before));
    static final Part<Lane> LANES = new Part<>("lane", JourneyMap::lanes, JourneyMap::withLanes, Lane::id,
            Lane::title, Map.of("title", "rename", "kind", "kind", "height", "height", "color", "color"),
            Footprint::of, (before, after) -> Footprint.of(before));
    static final Part<Connection> CONNECTIONS = new Part<>("connection", JourneyMap::connections,
            JourneyMap::withConnections, Connection::id, null, Map.of("label", "label"), Footprint::of,
            (before, after) -> Footprint.of(before));
    static final Part<Persona> PERSONAS = new Part<>("persona", JourneyMap::personas, JourneyMap::withPersonas,
            Persona::id, Persona::name, Map.of("name", "rename"), Footprint::of,
            (before, after) -> Footprint.of(before));
    static final Part<ConversionPath> PATHS = new Part<>("path", JourneyMap::conversionPaths,
            JourneyMap::withConversionPaths, ConversionPath::id, ConversionPath::id, Map.of(),
            path -> 64L + 48L * path.steps().size(), (before, after) -> 64L + 48L * before.steps().size());

    /** Where the element with this id sits in the map's list, or -1. */
    @SuppressWarnings("unchecked")
    int indexOf(JourneyMap map, String elementId) {
        if (this == CARDS) {
            // Maps have thousands of cards and only dozens of anything else.
            return CardIndex.positionOf((List<Card>) list.apply(map), elementId);
        }
        List<T> elements = list.apply(map);
        for (int i = 0; i < elements.size(); i++) {
            if (id.apply(elements.get(i)).equals(elementId)) {
                return i;
            }
        }
        return -1;
    }

    int require(JourneyMap map, String elementId) {
        int index = indexOf(map, elementId);
        if (index < 0) {
            throw new IllegalArgumentException("map " + map.id() + " has no " + key + " with id " + elementId);
        }
        return index;
    }

    /** A label such as "Delete stage “Purchase”", from the key "edit.stage.delete". */
    Label label(String action, T element) {
        String labelKey = "edit." + key + "." + action;
        if (name == null) {
            return Label.plain(labelKey, 1);
        }
        return Label.titled(labelKey, element == null ? "" : name.apply(element));
    }
}
