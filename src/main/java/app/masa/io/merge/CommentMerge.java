package app.masa.io.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges a map's comment threads (and, by the same rules, its links) without ever raising a
 * conflict: a conversation only grows. Threads
 * and remarks are matched by id; what either side added is kept (ours first), a thread or remark
 * removed on one side goes unless the other side changed it, and where both sides changed the same
 * field the change of the side that made one against the base wins, ours when both did.
 */
final class CommentMerge {
    private CommentMerge() {
    }

    /** The merged threads, or null when neither side has any. */
    static ArrayNode merge(JsonNode base, JsonNode ours, JsonNode theirs) {
        return list(base, ours, theirs, true, "id");
    }

    /**
     * The merged links, one per card or stage (their "source"), by the same rules: a link only one
     * side set or changed is kept, ours where both changed it.
     */
    static ArrayNode links(JsonNode base, JsonNode ours, JsonNode theirs) {
        return list(base, ours, theirs, false, "source");
    }

    private static ArrayNode list(JsonNode base, JsonNode ours, JsonNode theirs, boolean threads, String key) {
        Map<String, JsonNode> b = byKey(base, key);
        Map<String, JsonNode> o = byKey(ours, key);
        Map<String, JsonNode> t = byKey(theirs, key);
        Map<String, JsonNode> ids = new LinkedHashMap<>(o);
        t.forEach(ids::putIfAbsent);
        ArrayNode merged = TreeMerge.NODES.arrayNode();
        for (String id : ids.keySet()) {
            JsonNode item = item(b.get(id), o.get(id), t.get(id), threads);
            if (item != null) {
                merged.add(item);
            }
        }
        return merged.isEmpty() && ours == null && theirs == null ? null : merged;
    }

    private static JsonNode item(JsonNode base, JsonNode ours, JsonNode theirs, boolean thread) {
        if (ours == null || theirs == null) {
            JsonNode kept = ours == null ? theirs : ours;
            // Gone on one side: gone, unless the other side changed it since.
            return base != null && kept.equals(base) ? null : kept;
        }
        ObjectNode merged = ((ObjectNode) ours).deepCopy();
        theirs.fieldNames().forEachRemaining(name -> {
            JsonNode mine = ours.get(name);
            JsonNode other = theirs.get(name);
            JsonNode before = base == null ? null : base.get(name);
            if (thread && name.equals("entries")) {
                merged.set(name, list(before, mine, other, false, "id"));
            } else if (mine == null || (mine.equals(before) && !other.equals(before))) {
                merged.set(name, other);
            }
        });
        if (thread && merged.path("resolved").asBoolean() && (addsTo(merged, ours) || addsTo(merged, theirs))) {
            // A remark the resolving side never saw opens the thread again, as it does in the designer.
            merged.remove("resolved");
        }
        return merged;
    }

    /** Whether the merged thread has remarks that a side which resolved it did not have. */
    private static boolean addsTo(JsonNode merged, JsonNode side) {
        if (!side.path("resolved").asBoolean()) {
            return false;
        }
        Map<String, JsonNode> seen = byKey(side.get("entries"), "id");
        for (JsonNode entry : merged.path("entries")) {
            if (!seen.containsKey(entry.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> {
                if (item.has(key)) {
                    items.putIfAbsent(item.get(key).asText(), item);
                }
            });
        }
        return items;
    }
}
