package app.masa.ui.workshop;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lanes the room is not discussing, hidden from the presentation only: the view lays out a
 * copy of the map without them (and without their cards and arrows); the document is untouched.
 */
final class LaneFilter {
    private final Set<String> hidden = new LinkedHashSet<>();

    boolean isHidden(String laneId) {
        return hidden.contains(laneId);
    }

    boolean hidesAny() {
        return !hidden.isEmpty();
    }

    /** Hides a shown lane or shows a hidden one; the last shown lane always stays. */
    void toggle(JourneyMap map, String laneId) {
        if (!hidden.remove(laneId) && shownCount(map) > 1) {
            hidden.add(laneId);
        }
    }

    /** Shows only this lane, or everything again when it already was the only one shown. */
    void only(JourneyMap map, String laneId) {
        boolean alreadyAlone = !hidden.contains(laneId) && shownCount(map) == 1;
        hidden.clear();
        if (!alreadyAlone) {
            for (Lane lane : map.lanes()) {
                if (!lane.id().equals(laneId)) {
                    hidden.add(lane.id());
                }
            }
        }
    }

    void showAll() {
        hidden.clear();
    }

    /** The map as the room sees it. */
    JourneyMap apply(JourneyMap map) {
        hidden.retainAll(map.lanes().stream().map(Lane::id).toList());
        if (hidden.isEmpty()) {
            return map;
        }
        List<Lane> lanes = map.lanes().stream().filter(l -> !hidden.contains(l.id())).toList();
        List<Card> cards = map.cards().stream().filter(c -> !hidden.contains(c.laneId())).toList();
        Set<String> shownCards = new HashSet<>();
        cards.forEach(c -> shownCards.add(c.id()));
        List<Connection> connections = map.connections().stream()
                .filter(c -> shownCards.contains(c.fromCardId()) && shownCards.contains(c.toCardId())).toList();
        return map.withLanes(lanes).withCards(cards).withConnections(connections);
    }

    private long shownCount(JourneyMap map) {
        return map.lanes().stream().filter(l -> !hidden.contains(l.id())).count();
    }
}
