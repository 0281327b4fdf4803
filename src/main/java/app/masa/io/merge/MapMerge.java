package app.masa.io.merge;

import app.masa.model.ConflictKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges one map: its own settings (title, scale, currency… and fields this version does not know)
 * as one thing, each of its lists element by element, and its vote.
 */
final class MapMerge {
    /** The map's lists and the kind of thing each holds. */
    static final Map<String, ConflictKind> LISTS = lists();

    private static final String MODIFIED = "modified";
    private static final String COMMENTS = "comments";
    private static final String LINKS = "links";

    private MapMerge() {
    }

    private static Map<String, ConflictKind> lists() {
        Map<String, ConflictKind> lists = new LinkedHashMap<>();
        lists.put("personas", ConflictKind.PERSONA);
        lists.put("stages", ConflictKind.STAGE);
        lists.put("lanes", ConflictKind.LANE);
        lists.put("cards", ConflictKind.CARD);
        lists.put("connections", ConflictKind.CONNECTION);
        lists.put("conversion-paths", ConflictKind.CONVERSION_PATH);
        return lists;
    }

    /** The merged map, with conflicts on its things added to {@code conflicts} (not yet written into it). */
    static ObjectNode merge(ObjectNode base, ObjectNode ours, ObjectNode theirs, List<ThingConflict> conflicts) {
        String id = ours.get("id").asText();
        List<Clash> clashes = new ArrayList<>();
        ObjectNode b = settings(base);
        ObjectNode o = settings(ours);
        ObjectNode t = settings(theirs);
        laterModified(b, o, t);
        ObjectNode merged = TreeMerge.object(b, o, t, "", clashes);
        if (!clashes.isEmpty()) {
            ObjectNode alternative = TreeMerge.object(b, t, o, "", new ArrayList<>());
            conflicts.add(new ThingConflict(ConflictKind.MAP, id, merged.deepCopy(), alternative, null, clashes));
        }
        for (Map.Entry<String, ConflictKind> list : LISTS.entrySet()) {
            String name = list.getKey();
            boolean cards = list.getValue() == ConflictKind.CARD;
            ArrayNode items = cards
                    ? ElementMerge.merge(ConflictKind.CARD, CellOrder.withoutOrder(member(base, name)),
                            CellOrder.withoutOrder(member(ours, name)), CellOrder.withoutOrder(member(theirs, name)),
                            conflicts)
                    : ElementMerge.merge(list.getValue(), member(base, name), member(ours, name),
                            member(theirs, name), conflicts);
            if (cards) {
                CellOrder.apply(items, member(base, name), member(ours, name), member(theirs, name), conflicts);
            }
            if (!items.isEmpty()) {
                merged.set(name, items);
            }
        }
        ObjectNode vote = VoteMerge.merge(member(base, "vote"), member(ours, "vote"), member(theirs, "vote"),
                conflicts);
        if (vote != null) {
            merged.set("vote", vote);
        }
        ArrayNode comments = CommentMerge.merge(member(base, COMMENTS), member(ours, COMMENTS), member(theirs, COMMENTS));
        if (comments != null && !comments.isEmpty()) {
            merged.set(COMMENTS, comments);
        }
        ArrayNode links = CommentMerge.links(member(base, LINKS), member(ours, LINKS), member(theirs, LINKS));
        if (links != null && !links.isEmpty()) {
            merged.set(LINKS, links);
        }
        return merged;
    }

    /**
     * Both sides saved, so both stamped "modified": the merged map was modified when the later of
     * them was, which is no disagreement between people.
     */
    private static void laterModified(ObjectNode base, ObjectNode ours, ObjectNode theirs) {
        JsonNode o = ours.get(MODIFIED);
        JsonNode t = theirs.get(MODIFIED);
        JsonNode b = base == null ? null : base.get(MODIFIED);
        if (o == null || t == null || o.equals(t) || o.equals(b) || t.equals(b)) {
            return;
        }
        JsonNode later = Instant.parse(o.asText()).isAfter(Instant.parse(t.asText())) ? o : t;
        ours.set(MODIFIED, later);
        theirs.set(MODIFIED, later);
    }

    /** The map's own fields: everything but its lists, vote, conflicts, comments and links. */
    static ObjectNode settings(ObjectNode map) {
        if (map == null) {
            return null;
        }
        ObjectNode copy = TreeMerge.NODES.objectNode();
        map.fields().forEachRemaining(e -> {
            String name = e.getKey();
            if (!LISTS.containsKey(name) && !name.equals("vote") && !name.equals("conflicts") && !name.equals(COMMENTS)
                    && !name.equals(LINKS)) {
                copy.set(name, e.getValue());
            }
        });
        return copy;
    }

    private static JsonNode member(ObjectNode node, String name) {
        return node == null ? null : node.get(name);
    }
}
