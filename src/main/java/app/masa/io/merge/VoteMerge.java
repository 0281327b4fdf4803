package app.masa.io.merge;

import app.masa.model.ConflictKind;
import app.masa.model.MergeConflict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the map's dot vote: its settings as any thing's fields, and its dots as counters, so dots
 * given on both sides add up (base + ours' gain + theirs' gain) and never clash.
 */
final class VoteMerge {
    private VoteMerge() {
    }

    static ObjectNode merge(JsonNode base, JsonNode ours, JsonNode theirs, List<ThingConflict> conflicts) {
        ObjectNode b = (ObjectNode) base;
        ObjectNode o = (ObjectNode) ours;
        ObjectNode t = (ObjectNode) theirs;
        if (o == null || t == null) {
            return ElementMerge.element(ConflictKind.VOTE, MergeConflict.VOTE_ID, b, o, t, conflicts);
        }
        int before = conflicts.size();
        ObjectNode merged = ElementMerge.element(ConflictKind.VOTE, MergeConflict.VOTE_ID, withoutDots(b),
                withoutDots(o), withoutDots(t), conflicts);
        ObjectNode dots = dots(b, o, t);
        ObjectNode result = merged.deepCopy();
        if (!dots.isEmpty()) {
            result.set("dots", dots);
        }
        if (conflicts.size() > before) {
            ThingConflict c = conflicts.remove(before);
            ObjectNode alternative = c.alternative().deepCopy();
            if (!dots.isEmpty()) {
                alternative.set("dots", dots);
            }
            conflicts.add(new ThingConflict(c.kind(), c.id(), result, alternative, c.deletedBy(), c.clashes()));
        }
        return result;
    }

    private static ObjectNode dots(ObjectNode b, ObjectNode o, ObjectNode t) {
        Map<String, Long> counts = new TreeMap<>();
        TreeSet<String> cards = new TreeSet<>();
        for (ObjectNode side : new ObjectNode[] {b, o, t}) {
            JsonNode d = side == null ? null : side.get("dots");
            if (d != null) {
                d.fieldNames().forEachRemaining(cards::add);
            }
        }
        for (String card : cards) {
            long n = count(o, card) + count(t, card) - count(b, card);
            if (n > 0) {
                counts.put(card, n);
            }
        }
        ObjectNode dots = TreeMerge.NODES.objectNode();
        counts.forEach(dots::put);
        return dots;
    }

    private static long count(ObjectNode vote, String card) {
        JsonNode d = vote == null ? null : vote.get("dots");
        JsonNode n = d == null ? null : d.get(card);
        return n == null ? 0 : n.asLong();
    }

    private static ObjectNode withoutDots(ObjectNode vote) {
        if (vote == null) {
            return null;
        }
        ObjectNode copy = vote.deepCopy();
        copy.remove("dots");
        return copy;
    }
}
