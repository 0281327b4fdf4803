package app.masa.io.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of cards inside each cell. A card's "order" is its place among its neighbours, and the
 * designer renumbers a whole cell when one card comes or goes, so two people working in one cell
 * change the numbers of cards neither touched. Merging the numbers field by field would make those
 * conflicts; instead each cell's sequence is merged like any list (the side that rearranged it
 * leads, the other side's cards go after their predecessors) and numbered again. A cell that comes
 * out as one side had it keeps that side's numbers exactly.
 */
final class CellOrder {
    static final String ORDER = "order";

    private CellOrder() {
    }

    /** The cards without their order, to be merged; the numbers are worked out after by {@link #apply}. */
    static ArrayNode withoutOrder(JsonNode cards) {
        ArrayNode copy = TreeMerge.NODES.arrayNode();
        if (cards != null) {
            for (JsonNode card : cards) {
                ObjectNode c = ((ObjectNode) card).deepCopy();
                c.remove(ORDER);
                copy.add(c);
            }
        }
        return copy;
    }

    /** Numbers the merged cards, each cell in its merged sequence; the other versions of cards keep theirs' numbers. */
    static void apply(JsonNode merged, JsonNode base, JsonNode ours, JsonNode theirs, List<ThingConflict> conflicts) {
        Map<String, Map<String, Long>> b = cells(base);
        Map<String, Map<String, Long>> o = cells(ours);
        Map<String, Map<String, Long>> t = cells(theirs);
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        Map<String, ObjectNode> byId = new HashMap<>();
        if (merged != null) {
            for (JsonNode card : merged) {
                kept.computeIfAbsent(cell(card), k -> new LinkedHashSet<>()).add(card.get("id").asText());
                byId.put(card.get("id").asText(), (ObjectNode) card);
            }
        }
        for (Map.Entry<String, Set<String>> cell : kept.entrySet()) {
            Map<String, Long> bc = b.getOrDefault(cell.getKey(), Map.of());
            Map<String, Long> oc = o.getOrDefault(cell.getKey(), Map.of());
            Map<String, Long> tc = t.getOrDefault(cell.getKey(), Map.of());
            List<String> sequence = IdOrder.of(bc, oc, tc, cell.getValue());
            Map<String, Long> numbers = sequence.equals(new ArrayList<>(oc.keySet())) ? oc
                    : sequence.equals(new ArrayList<>(tc.keySet())) ? tc : null;
            for (int i = 0; i < sequence.size(); i++) {
                long n = numbers == null ? i : numbers.get(sequence.get(i));
                setOrder(byId.get(sequence.get(i)), n);
            }
        }
        Map<String, Long> theirOrders = orders(theirs);
        for (ThingConflict c : conflicts) {
            if (c.alternative() != null && c.kind() == app.masa.model.ConflictKind.CARD) {
                Long n = theirOrders.get(c.id());
                setOrder(c.alternative(), n != null ? n : byId.get(c.id()).path(ORDER).asLong(0));
            }
        }
    }

    private static void setOrder(ObjectNode card, long n) {
        if (n == 0) {
            card.remove(ORDER);
        } else {
            card.put(ORDER, n);
        }
    }

    /** Each cell's cards as the designer shows them: by order, ties in list order. */
    private static Map<String, Map<String, Long>> cells(JsonNode cards) {
        Map<String, List<JsonNode>> grouped = new HashMap<>();
        if (cards != null) {
            for (JsonNode card : cards) {
                grouped.computeIfAbsent(cell(card), k -> new ArrayList<>()).add(card);
            }
        }
        Map<String, Map<String, Long>> cells = new HashMap<>();
        for (Map.Entry<String, List<JsonNode>> cell : grouped.entrySet()) {
            List<JsonNode> list = cell.getValue();
            list.sort(Comparator.comparingLong(c -> c.path(ORDER).asLong(0)));
            Map<String, Long> sequence = new LinkedHashMap<>();
            list.forEach(c -> sequence.put(c.get("id").asText(), c.path(ORDER).asLong(0)));
            cells.put(cell.getKey(), sequence);
        }
        return cells;
    }

    private static Map<String, Long> orders(JsonNode cards) {
        Map<String, Long> orders = new HashMap<>();
        if (cards != null) {
            for (JsonNode card : cards) {
                orders.put(card.get("id").asText(), card.path(ORDER).asLong(0));
            }
        }
        return orders;
    }

    private static String cell(JsonNode card) {
        return card.get("stage").asText() + "\n" + card.get("lane").asText();
    }
}
