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
                if (!named.contains(key(entry)) && holds(map, entry)) {
                    list.add(entry);
                    named.add(key(entry));
                }
            }
        }
        if (!list.isEmpty()) {
            map.set("conflicts", list);
        }
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
