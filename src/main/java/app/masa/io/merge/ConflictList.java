package app.masa.io.merge;

import app.masa.model.ConflictKind;
import app.masa.model.Kebab;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a merged map's "conflicts": the new ones, then those either side still carried from an
 * earlier merge (ours first) about things the merged map has and that have no new conflict.
 */
final class ConflictList {
    private ConflictList() {
    }

    static void write(ObjectNode map, List<ThingConflict> found, ObjectNode ours, ObjectNode theirs) {
        ArrayNode list = TreeMerge.NODES.arrayNode();
        Set<String> named = new HashSet<>();
        for (ThingConflict c : found) {
            ObjectNode entry = list.addObject();
            entry.put("kind", Kebab.of(c.kind()));
            entry.put("id", c.id());
            ArrayNode fields = entry.putArray("fields");
            c.fields().forEach(fields::add);
            if (c.alternative() == null) {
                entry.put("alternative-deletes", true);
            } else {
                entry.set("alternative", c.alternative());
            }
            named.add(key(entry));
        }
        for (ObjectNode side : new ObjectNode[] {ours, theirs}) {
            JsonNode earlier = side == null ? null : side.get("conflicts");
            if (earlier == null) {
                continue;
            }
            for (JsonNode entry : earlier) {
                if (!named.contains(key(entry)) && holds(map, entry) && stillFits(map, (ObjectNode) entry)) {
                    list.add(entry);
                    named.add(key(entry));
                }
            }
        }
        if (!list.isEmpty()) {
            map.set("conflicts", list);
        }
    }

    /**
     * Whether a conflict carried from an earlier merge still fits the merged map: the other version
     * of a card stands in a stage and lane it has, of an arrow ends at cards it has; path steps and
     * dots on cards it lacks are left out, and scores keep to its scale. One that no longer fits is
     * dropped, keeping the map's version.
     */
    private static boolean stillFits(ObjectNode map, ObjectNode entry) {
        JsonNode other = entry.get("alternative");
        if (!(other instanceof ObjectNode alternative)) {
            return true;
        }
        Set<String> cards = ids(map, "cards");
        switch (entry.get("kind").asText()) {
            case "card":
                DanglingRepair.clampToScale(map, alternative);
                return ids(map, "stages").contains(alternative.path("stage").asText())
                        && ids(map, "lanes").contains(alternative.path("lane").asText());
            case "connection":
                return cards.contains(alternative.path("from").asText()) && cards.contains(alternative.path("to").asText());
            case "conversion-path": {
                ObjectNode copy = alternative.deepCopy();
                boolean stands = DanglingRepair.standingSteps(copy, cards);
                entry.set("alternative", copy);
                return stands;
            }
            case "vote": {
                ObjectNode copy = alternative.deepCopy();
                DanglingRepair.dropDots(copy, cards);
                entry.set("alternative", copy);
                return true;
            }
            default:
                return true;
        }
    }

    private static Set<String> ids(ObjectNode map, String list) {
        JsonNode items = map.get(list);
        return items == null ? Set.of() : TreeMerge.byId((ArrayNode) items).keySet();
    }

    private static String key(JsonNode entry) {
        return entry.get("kind").asText() + "\n" + entry.get("id").asText();
    }

    private static boolean holds(ObjectNode map, JsonNode entry) {
        ConflictKind kind = Kebab.parse(ConflictKind.class, entry.get("kind").asText());
        String id = entry.get("id").asText();
        if (kind == ConflictKind.MAP) {
            return id.equals(map.get("id").asText());
        }
        if (kind == ConflictKind.VOTE) {
            return map.has("vote");
        }
        for (var list : MapMerge.LISTS.entrySet()) {
            if (list.getValue() == kind && map.has(list.getKey())) {
                return TreeMerge.byId((ArrayNode) map.get(list.getKey())).containsKey(id);
            }
        }
        return false;
    }
}
