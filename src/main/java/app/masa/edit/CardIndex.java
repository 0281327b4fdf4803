package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finding cards of a map by id and putting several in journey order, through the hash columns of {@link CardColumns}. */
final class CardIndex {
    /** Up to this many ids, one pass over the hash column per id beats a set lookup per card. */
    private static final int FEW = 8;

    private CardIndex() {
    }

    /** The positions in {@code cards} of the cards with these ids, ascending; unknown ids are skipped. */
    static int[] positionsOf(List<Card> cards, Collection<String> ids) {
        if (ids.isEmpty()) {
            return new int[0];
        }
        int[] column = CardColumns.of(cards).ids;
        BitSet found = new BitSet(column.length);
        if (ids.size() > FEW) {
            Set<String> wanted = new HashSet<>(ids);
            int[] hashes = wanted.stream().mapToInt(String::hashCode).sorted().toArray();
            for (int i = 0; i < column.length; i++) {
                if (Arrays.binarySearch(hashes, column[i]) >= 0 && wanted.contains(cards.get(i).id())) {
                    found.set(i);
                }
            }
        } else {
            for (String id : ids) {
                int hash = id.hashCode();
                for (int i = 0; i < column.length; i++) {
                    // The hash column rules out almost every card without reading it.
                    if (column[i] == hash && cards.get(i).id().equals(id)) {
                        found.set(i);
                    }
                }
            }
        }
        return found.stream().toArray();
    }

    /** The position of the card with this id, or -1. */
    static int positionOf(List<Card> cards, String id) {
        int hash = id.hashCode();
        int[] column = CardColumns.of(cards).ids;
        for (int i = 0; i < column.length; i++) {
            if (column[i] == hash && cards.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The positions sorted the way the journey reads: stage by stage, lane by lane, then inside the cell. */
    static List<Integer> inJourneyOrder(JourneyMap map, int[] positions) {
        List<Card> cards = map.cards();
        List<Integer> sorted = new ArrayList<>(positions.length);
        for (int p : positions) {
            sorted.add(p);
        }
        sorted.sort(Comparator.<Integer>comparingInt(p -> map.stageIndex(cards.get(p).stageId()))
                .thenComparingInt(p -> map.laneIndex(cards.get(p).laneId()))
                .thenComparingInt(p -> cards.get(p).order())
                .thenComparingInt(p -> p));
        return sorted;
    }

    static void requireCell(JourneyMap map, String stageId, String laneId) {
        if (map.stageIndex(stageId) < 0) {
            throw new IllegalArgumentException("map " + map.id() + " has no stage with id " + stageId);
        }
        if (map.laneIndex(laneId) < 0) {
            throw new IllegalArgumentException("map " + map.id() + " has no lane with id " + laneId);
        }
    }
}
