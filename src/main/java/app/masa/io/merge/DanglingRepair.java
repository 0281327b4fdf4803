package app.masa.io.merge;

import app.masa.model.ConflictKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a merged map whole where each side's changes were sound alone but not together (decision
 * 0020): a stage or lane one side deleted while the other put or changed cards in it is kept, as a
 * conflict; an arrow, a path step or a dot on a card one side deleted goes with the card, as a
 * deletion in the designer takes them; scores outside a scale one side shortened move to its
 * nearest level, as changing the scale in the designer does.
 */
final class DanglingRepair {
    private final ObjectNode map;
    private final ObjectNode[] sides;
    private final List<ThingConflict> conflicts;

    /** @param sides the map in ours, theirs and base, where a kept stage or lane is found (some may be null) */
    DanglingRepair(ObjectNode map, ObjectNode[] sides, List<ThingConflict> conflicts) {
        this.map = map;
        this.sides = sides;
        this.conflicts = conflicts;
    }

    void repair() {
        keepUsed("stages", ConflictKind.STAGE, "stage");
        keepUsed("lanes", ConflictKind.LANE, "lane");
        Set<String> cards = ids("cards");
        dropArrows(cards);
        dropSteps(cards);
        dropLinks(cards);
        dropDots(map.get("vote"), cards);
        for (ThingConflict c : conflicts) {
            if (c.kind() == ConflictKind.VOTE && c.alternative() != null) {
                dropDots(c.alternative(), cards);
            }
        }
        clampScores();
    }

    /** Puts back a stage (or lane) that cards of the merged map, or their other versions, still stand in. */
    private void keepUsed(String list, ConflictKind kind, String field) {
        Set<String> have = ids(list);
        Set<String> used = new LinkedHashSet<>();
        for (JsonNode card : array("cards")) {
            used.add(card.get(field).asText());
        }
        for (ThingConflict c : conflicts) {
            if (c.kind() == ConflictKind.CARD && c.alternative() != null) {
                used.add(c.alternative().get(field).asText());
            }
        }
        for (String id : used) {
            if (!have.contains(id)) {
                restore(list, kind, id);
                have.add(id);
            }
        }
    }

    private void restore(String list, ConflictKind kind, String id) {
        for (int s = 0; s < sides.length; s++) {
            ObjectNode side = sides[s];
            JsonNode items = side == null ? null : side.get(list);
            if (items == null) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).get("id").asText().equals(id)) {
                    insertAfter(list, items, i);
                    Side deletedBy = sides[0] == null || !TreeMerge.byId((ArrayNode) sides[0].get(list)).containsKey(id)
                            ? Side.OURS : Side.THEIRS;
                    ObjectNode kept = (ObjectNode) items.get(i);
                    conflicts.removeIf(c -> c.kind() == kind && c.id().equals(id));
                    conflicts.add(new ThingConflict(kind, id, kept, null, deletedBy, List.of()));
                    return;
                }
            }
        }
    }

    /** Inserts items[at] after the nearest element before it that the merged list has, or first. */
    private void insertAfter(String list, JsonNode items, int at) {
        ArrayNode merged = map.has(list) ? (ArrayNode) map.get(list) : map.putArray(list);
        int slot = 0;
        for (int i = at - 1; i >= 0 && slot == 0; i--) {
            String before = items.get(i).get("id").asText();
            for (int j = 0; j < merged.size(); j++) {
                if (merged.get(j).get("id").asText().equals(before)) {
                    slot = j + 1;
                    break;
                }
            }
        }
        merged.insert(slot, items.get(at));
    }

    private void dropArrows(Set<String> cards) {
        Set<String> gone = new HashSet<>();
        ArrayNode kept = TreeMerge.NODES.arrayNode();
        for (JsonNode arrow : array("connections")) {
            if (cards.contains(arrow.get("from").asText()) && cards.contains(arrow.get("to").asText())) {
                kept.add(arrow);
            } else {
                gone.add(arrow.get("id").asText());
            }
        }
        set("connections", kept);
        conflicts.removeIf(c -> c.kind() == ConflictKind.CONNECTION && (gone.contains(c.id())
                || c.alternative() != null && !(cards.contains(c.alternative().get("from").asText())
                && cards.contains(c.alternative().get("to").asText()))));
    }

    /** A link starts from a card or stage; one whose start a side deleted goes with it. */
    private void dropLinks(Set<String> cards) {
        if (!map.has("links")) {
            return;
        }
        Set<String> stages = ids("stages");
        ArrayNode kept = TreeMerge.NODES.arrayNode();
        for (JsonNode link : array("links")) {
            String source = link.path("source").asText();
            if (cards.contains(source) || stages.contains(source)) {
                kept.add(link);
            }
        }
        set("links", kept);
    }

    private void dropSteps(Set<String> cards) {
        Set<String> gone = new HashSet<>();
        ArrayNode kept = TreeMerge.NODES.arrayNode();
        for (JsonNode path : array("conversion-paths")) {
            if (standingSteps((ObjectNode) path, cards)) {
                kept.add(path);
            } else {
                gone.add(path.get("id").asText());
            }
        }
        set("conversion-paths", kept);
        conflicts.removeIf(c -> c.kind() == ConflictKind.CONVERSION_PATH
                && (gone.contains(c.id()) || c.alternative() != null && !standingSteps(c.alternative(), cards)));
    }

    /** Leaves out the steps on cards the map lacks; false when no step is left. */
    static boolean standingSteps(ObjectNode path, Set<String> cards) {
        JsonNode steps = path.get("steps");
        if (steps == null || !steps.isArray()) {
            return true;
        }
        ArrayNode kept = TreeMerge.NODES.arrayNode();
        for (JsonNode step : steps) {
            String s = step.asText();
            if (s.startsWith("channel:") || cards.contains(s)) {
                kept.add(step);
            }
        }
        path.set("steps", kept);
        return !kept.isEmpty();
    }

    static void dropDots(JsonNode vote, Set<String> cards) {
        JsonNode dots = vote == null ? null : vote.get("dots");
        if (dots instanceof ObjectNode d) {
            List<String> gone = new ArrayList<>();
            d.fieldNames().forEachRemaining(id -> {
                if (!cards.contains(id)) {
                    gone.add(id);
                }
            });
            d.remove(gone);
            if (d.isEmpty()) {
                ((ObjectNode) vote).remove("dots");
            }
        }
    }

    private void clampScores() {
        for (JsonNode card : array("cards")) {
            clampToScale(map, (ObjectNode) card);
        }
        for (ThingConflict c : conflicts) {
            if (c.kind() == ConflictKind.CARD && c.alternative() != null) {
                clampToScale(map, c.alternative());
            }
        }
    }

    /** Moves a card's score and expected score onto the map's scale, as a new scale does in the designer. */
    static void clampToScale(ObjectNode map, ObjectNode card) {
        JsonNode scale = map.get("scale");
        if (scale == null || scale.get("min") == null || scale.get("labels") == null) {
            return;
        }
        long min = scale.get("min").asLong();
        clamp(card, min, min + scale.get("labels").size() - 1);
    }

    private static void clamp(ObjectNode card, long min, long max) {
        clampField(card, "score", min, max);
        if (card.get("touchpoint") instanceof ObjectNode touchpoint) {
            clampField(touchpoint, "expected", min, max);
        }
    }

    private static void clampField(ObjectNode owner, String name, long min, long max) {
        JsonNode v = owner.get(name);
        if (v != null && v.isIntegralNumber() && (v.asLong() < min || v.asLong() > max)) {
            owner.put(name, Math.max(min, Math.min(max, v.asLong())));
        }
    }

    private Set<String> ids(String list) {
        Set<String> ids = new HashSet<>();
        for (JsonNode item : array(list)) {
            ids.add(item.get("id").asText());
        }
        return ids;
    }

    private JsonNode array(String list) {
        JsonNode items = map.get(list);
        return items == null ? TreeMerge.NODES.arrayNode() : items;
    }

    private void set(String list, ArrayNode items) {
        if (items.isEmpty()) {
            map.remove(list);
        } else {
            map.set(list, items);
        }
    }
}
