package app.masa.io.merge;

import app.masa.model.ConflictKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges one of a map's lists (personas, stages, lanes, cards, connections, conversion paths)
 * element by element, matched by id, and turns disagreements into conflicts on whole elements:
 * fields both sides changed differently, or an element one side deleted and the other changed.
 * The deleted-and-changed element is kept as changed, so nothing anyone wrote is lost unseen.
 */
final class ElementMerge {
    private ElementMerge() {
    }

    static ArrayNode merge(ConflictKind kind, JsonNode base, JsonNode ours, JsonNode theirs,
                           List<ThingConflict> conflicts) {
        Map<String, ObjectNode> b = TreeMerge.byId(asArray(base));
        Map<String, ObjectNode> o = TreeMerge.byId(asArray(ours));
        Map<String, ObjectNode> t = TreeMerge.byId(asArray(theirs));
        Map<String, ObjectNode> kept = new LinkedHashMap<>();
        for (String id : IdOrder.union(b, o, t)) {
            ObjectNode merged = element(kind, id, b.get(id), o.get(id), t.get(id), conflicts);
            if (merged != null) {
                kept.put(id, merged);
            }
        }
        ArrayNode list = TreeMerge.NODES.arrayNode();
        IdOrder.of(b, o, t, kept.keySet()).forEach(id -> list.add(kept.get(id)));
        return list;
    }

    /** One element as merged, or null when it is gone; a conflict on it goes to {@code conflicts}. */
    static ObjectNode element(ConflictKind kind, String id, ObjectNode b, ObjectNode o, ObjectNode t,
                              List<ThingConflict> conflicts) {
        if (Objects.equals(o, t)) {
            return o;
        }
        if (o == null || t == null) {
            ObjectNode present = o == null ? t : o;
            if (b == null) {
                return present;
            }
            if (b.equals(present)) {
                return null;
            }
            Side deletedBy = o == null ? Side.OURS : Side.THEIRS;
            conflicts.add(new ThingConflict(kind, id, present, null, deletedBy, changes(b, present, deletedBy)));
            return present;
        }
        List<Clash> clashes = new ArrayList<>();
        ObjectNode merged = TreeMerge.object(b, o, t, "", clashes);
        if (!clashes.isEmpty()) {
            ObjectNode alternative = TreeMerge.object(b, t, o, "", new ArrayList<>());
            conflicts.add(new ThingConflict(kind, id, merged, alternative, null, clashes));
        }
        return merged;
    }

    /** The fields one side changed, as clashes against the deletion on the other side. */
    private static List<Clash> changes(ObjectNode base, ObjectNode changed, Side deletedBy) {
        List<Clash> clashes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        changed.fieldNames().forEachRemaining(names::add);
        Iterator<String> it = base.fieldNames();
        it.forEachRemaining(n -> {
            if (!changed.has(n)) {
                names.add(n);
            }
        });
        for (String name : names) {
            JsonNode now = changed.get(name);
            if (!Objects.equals(base.get(name), now)) {
                clashes.add(deletedBy == Side.OURS ? new Clash(name, null, now) : new Clash(name, now, null));
            }
        }
        return clashes;
    }

    private static ArrayNode asArray(JsonNode node) {
        return node != null && node.isArray() ? (ArrayNode) node : null;
    }
}
