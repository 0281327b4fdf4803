package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a journey branches: a touchpoint with arrows to two or more touchpoints of one later stage
 * (order online, then either delivery or pickup and pay in the shop). The first of them, in
 * journey order, stays on the main path; the others are alternatives, which the emotion curve
 * skips and draws as thinner curves of their own.
 */
final class Branches {
    /** An alternative and the touchpoint it branches from. */
    record Alternative(String fromCardId, String cardId) {
    }

    private Branches() {
    }

    static List<Alternative> of(List<Card> touchpoints, List<Connection> connections, Map<String, Integer> stageIndex) {
        Map<String, Card> byId = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            byId.put(touchpoints.get(i).id(), touchpoints.get(i));
            position.put(touchpoints.get(i).id(), i);
        }
        Map<String, Map<String, List<String>>> targetsBySourceAndStage = new HashMap<>();
        for (Connection c : connections) {
            Card from = byId.get(c.fromCardId());
            Card to = byId.get(c.toCardId());
            if (from == null || to == null || !stageIndex.containsKey(from.stageId())
                    || !stageIndex.containsKey(to.stageId())
                    || stageIndex.get(to.stageId()) <= stageIndex.get(from.stageId())) {
                continue;
            }
            targetsBySourceAndStage.computeIfAbsent(from.id(), k -> new HashMap<>())
                    .computeIfAbsent(to.stageId(), k -> new ArrayList<>()).add(to.id());
        }
        List<Alternative> alternatives = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        targetsBySourceAndStage.forEach((source, byStage) -> byStage.values().forEach(targets -> {
            if (targets.size() < 2) {
                return;
            }
            List<String> ordered = new ArrayList<>(new LinkedHashSet<>(targets));
            ordered.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
            for (String alternative : ordered.subList(1, ordered.size())) {
                if (seen.add(alternative)) {
                    alternatives.add(new Alternative(source, alternative));
                }
            }
        }));
        alternatives.sort((a, b) -> Integer.compare(position.get(a.cardId()), position.get(b.cardId())));
        return alternatives;
    }
}
