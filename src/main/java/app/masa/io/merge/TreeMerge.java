package app.masa.io.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of JSON values by meaning: objects member by member, arrays of objects with
 * an "id" element by element (see {@link IdOrder}), anything else as a whole. A value only one
 * side changed takes that change; a value both changed alike takes it once; a value both changed
 * differently keeps ours and is reported as a {@link Clash}. An absent value is null.
 */
final class TreeMerge {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private TreeMerge() {
    }

    static JsonNode value(JsonNode base, JsonNode ours, JsonNode theirs, String path, List<Clash> clashes) {
        if (Objects.equals(ours, theirs)) {
            return ours;
        }
        if (Objects.equals(base, ours)) {
            return theirs;
        }
        if (Objects.equals(base, theirs)) {
            return ours;
        }
        if (isObject(ours) && isObject(theirs) && (base == null || base.isObject())) {
            return object((ObjectNode) base, (ObjectNode) ours, (ObjectNode) theirs, path, clashes);
        }
        if (isIdArray(ours) && isIdArray(theirs) && (base == null || isIdArray(base))) {
            return elements((ArrayNode) base, (ArrayNode) ours, (ArrayNode) theirs, path, clashes);
        }
        clashes.add(new Clash(path, ours, theirs));
        return ours;
    }

    /** Member by member, in ours' order with theirs' new members after; absent base means both added it. */
    static ObjectNode object(ObjectNode base, ObjectNode ours, ObjectNode theirs, String path, List<Clash> clashes) {
        ObjectNode merged = NODES.objectNode();
        for (String name : names(ours, theirs, base)) {
            JsonNode v = value(member(base, name), member(ours, name), member(theirs, name), join(path, name), clashes);
            if (v != null) {
                merged.set(name, v);
            }
        }
        return merged;
    }

    /** Elements of an array matched by id; those both sides changed differently clash as a whole. */
    private static ArrayNode elements(ArrayNode base, ArrayNode ours, ArrayNode theirs, String path,
                                      List<Clash> clashes) {
        Map<String, ObjectNode> b = byId(base);
        Map<String, ObjectNode> o = byId(ours);
        Map<String, ObjectNode> t = byId(theirs);
        Map<String, ObjectNode> kept = new LinkedHashMap<>();
        for (String id : IdOrder.union(b, o, t)) {
            List<Clash> inner = new ArrayList<>();
            JsonNode v = value(b.get(id), o.get(id), t.get(id), path + "[" + id + "]", inner);
            if (!inner.isEmpty()) {
                clashes.add(new Clash(path + "[" + id + "]", o.get(id), t.get(id)));
                v = o.get(id);
            }
            if (v != null) {
                kept.put(id, (ObjectNode) v);
            }
        }
        ArrayNode merged = NODES.arrayNode();
        IdOrder.of(b, o, t, kept.keySet()).forEach(id -> merged.add(kept.get(id)));
        return merged;
    }

    static Map<String, ObjectNode> byId(ArrayNode array) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        if (array != null) {
            for (JsonNode item : array) {
                byId.put(item.get("id").asText(), (ObjectNode) item);
            }
        }
        return byId;
    }

    static boolean isIdArray(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return node != null && node.isArray();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : node) {
            JsonNode id = item.get("id");
            if (!item.isObject() || id == null || !id.isTextual() || !ids.add(id.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static JsonNode member(ObjectNode node, String name) {
        return node == null ? null : node.get(name);
    }

    private static Set<String> names(ObjectNode ours, ObjectNode theirs, ObjectNode base) {
        Set<String> names = new LinkedHashSet<>();
        for (ObjectNode node : new ObjectNode[] {ours, theirs, base}) {
            if (node != null) {
                Iterator<String> it = node.fieldNames();
                it.forEachRemaining(names::add);
            }
        }
        return names;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
