package app.masa.io.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of merged elements: the order of the side that rearranged them (ours when both did,
 * or neither), with every element that side lacks placed right after its predecessor on the side
 * that has it, so an added card lands where its author put it.
 */
final class IdOrder {
    private IdOrder() {
    }

    /** Every id of the three, ours first, then theirs' others, then base's others. */
    static Set<String> union(Map<String, ?> base, Map<String, ?> ours, Map<String, ?> theirs) {
        Set<String> ids = new LinkedHashSet<>(ours.keySet());
        ids.addAll(theirs.keySet());
        ids.addAll(base.keySet());
        return ids;
    }

    static List<String> of(Map<String, ?> base, Map<String, ?> ours, Map<String, ?> theirs, Set<String> kept) {
        boolean theirsLeads = keepsOrder(base, ours) && !keepsOrder(base, theirs);
        List<String> lead = new ArrayList<>((theirsLeads ? theirs : ours).keySet());
        List<String> follow = new ArrayList<>((theirsLeads ? ours : theirs).keySet());
        List<String> order = new ArrayList<>(kept.size());
        Set<String> placed = new LinkedHashSet<>();
        for (String id : lead) {
            if (kept.contains(id)) {
                order.add(id);
                placed.add(id);
            }
        }
        Map<String, Integer> at = positions(order);
        String predecessor = null;
        int inserted = 0;
        List<String> late = new ArrayList<>();
        for (String id : follow) {
            if (kept.contains(id) && !placed.contains(id)) {
                late.add(id);
            }
        }
        if (late.isEmpty()) {
            return addRest(order, placed, kept, base);
        }
        // Insert in one pass: each late id goes after the nearest earlier id of its side already placed.
        Set<String> lateSet = new LinkedHashSet<>(late);
        Set<String> followIds = new java.util.HashSet<>(follow);
        List<List<String>> after = new ArrayList<>(order.size() + 1);
        for (int i = 0; i <= order.size(); i++) {
            after.add(null);
        }
        for (String id : follow) {
            if (lateSet.contains(id)) {
                int slot = predecessor == null ? 0 : at.get(predecessor) + 1;
                // after what the leading side itself put there, so its additions come first among ties
                while (slot < order.size() && !followIds.contains(order.get(slot))) {
                    slot++;
                }
                if (after.get(slot) == null) {
                    after.set(slot, new ArrayList<>());
                }
                after.get(slot).add(id);
                placed.add(id);
                inserted++;
            } else if (at.containsKey(id)) {
                predecessor = id;
            }
        }
        List<String> merged = new ArrayList<>(order.size() + inserted);
        for (int i = 0; i <= order.size(); i++) {
            if (after.get(i) != null) {
                merged.addAll(after.get(i));
            }
            if (i < order.size()) {
                merged.add(order.get(i));
            }
        }
        return addRest(merged, placed, kept, base);
    }

    /** Ids kept that neither side lists (none in practice), in base's order, so nothing is lost. */
    private static List<String> addRest(List<String> order, Set<String> placed, Set<String> kept, Map<String, ?> base) {
        if (placed.size() < kept.size()) {
            for (String id : kept) {
                if (!placed.contains(id)) {
                    order.add(id);
                }
            }
        }
        return order;
    }

    /** Whether a side kept the elements it shares with base in base's order. */
    private static boolean keepsOrder(Map<String, ?> base, Map<String, ?> side) {
        List<String> fromBase = new ArrayList<>();
        for (String id : base.keySet()) {
            if (side.containsKey(id)) {
                fromBase.add(id);
            }
        }
        int i = 0;
        for (String id : side.keySet()) {
            if (base.containsKey(id)) {
                if (!fromBase.get(i++).equals(id)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Map<String, Integer> positions(List<String> order) {
        Map<String, Integer> at = new HashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            at.put(order.get(i), i);
        }
        return at;
    }
}
