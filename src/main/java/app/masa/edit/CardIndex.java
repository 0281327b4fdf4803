package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Finding cards of a map by id and putting several in journey order; plain scans, as maps are small enough. */
final class CardIndex {
    /** Below this many ids, comparing each is quicker than hashing every card's id. */
    private static final int FEW = 8;

    private CardIndex() {
    }

    /** The positions in {@code cards} of the cards with these ids, ascending; unknown ids are skipped. */
    static int[] positionsOf(List<Card> cards, Collection<String> ids) {
        if (ids.isEmpty()) {
            return new int[0];
        }
        if (ids.size() > FEW) {
            Set<String> many = new HashSet<>(ids);
            return scan(cards, id -> many.contains(id));
        }
        String[] few = ids.toArray(new String[0]);
        int[] hashes = new int[few.length];
        for (int i = 0; i < few.length; i++) {
            hashes[i] = few[i].hashCode();
        }
        return scan(cards, id -> {
            int h = id.hashCode();
            for (int i = 0; i < few.length; i++) {
                if (hashes[i] == h && few[i].equals(id)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The position of the card with this id, or -1. */
    static int positionOf(List<Card> cards, String id) {
        int hash = id.hashCode();
        for (int i = 0, n = cards.size(); i < n; i++) {
            String candidate = cards.get(i).id();
            // A String caches its hash, so comparing hashes first skips reading most ids' characters.
            if (candidate.hashCode() == hash && candidate.equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] scan(List<Card> cards, Predicate<String> wanted) {
        int[] found = new int[8];
        int count = 0;
        for (int i = 0, n = cards.size(); i < n; i++) {
            if (wanted.test(cards.get(i).id())) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
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
