package app.masa.edit;

import app.masa.model.Card;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the order numbers of the cells an edit touches as 0, 1, 2… after cards leave them or
 * arrive in one of them, recording each card that changes as a replacement. Cards that share an
 * order number keep the order they have in the map's list.
 */
final class CellOrders {
    private CellOrders() {
    }

    /** A card arriving in the target cell: an existing one (at {@code position} in the list) or a new one (-1). */
    record Arrival(int position, Card card) {
    }

    /**
     * Plans a change of places.
     *
     * @param cards     the map's cards before the change
     * @param leaving   positions of the cards that leave their cells (moved or deleted)
     * @param stageId   the target cell's stage, or null when nothing arrives
     * @param slot      where the arrivals go among the target cell's cards as they are now shown
     * @param arrivals  the cards to place there, in order
     * @param out       receives a replacement for every existing card whose place changes and an
     *                  insertion (appended to the list) for every new card; new cards arrive
     *                  only in edits where no card leaves, so the list's length is known
     */
    static void plan(List<Card> cards, BitSet leaving, String stageId, String laneId, int slot,
                     List<Arrival> arrivals, ListEdit.Builder<Card> out) {
        List<String[]> cells = new ArrayList<>();
        for (int i = leaving.nextSetBit(0); i >= 0; i = leaving.nextSetBit(i + 1)) {
            addCell(cells, cards.get(i).stageId(), cards.get(i).laneId());
        }
        int target = stageId == null ? -1 : addCell(cells, stageId, laneId);
        List<List<Integer>> members = membersOf(cards, cells);
        Comparator<Integer> shown = Comparator.<Integer>comparingInt(p -> cards.get(p).order()).thenComparingInt(p -> p);
        int newCards = 0;
        for (int k = 0; k < cells.size(); k++) {
            List<Integer> all = members.get(k);
            all.sort(shown);
            List<Object> sequence = new ArrayList<>(all.size() + arrivals.size());
            for (Integer p : all) {
                if (!leaving.get(p)) {
                    sequence.add(p);
                }
            }
            if (k == target) {
                sequence.addAll(staying(all, leaving, slot), arrivals);
            }
            newCards = number(cards, sequence, stageId, laneId, newCards, out);
        }
    }

    /** The positions of the cards in each cell, in list order. */
    private static List<List<Integer>> membersOf(List<Card> cards, List<String[]> cells) {
        List<List<Integer>> members = new ArrayList<>(cells.size());
        int[] column = CardColumns.of(cards).cells;
        for (String[] cell : cells) {
            List<Integer> inCell = new ArrayList<>();
            int hash = CardColumns.cellHash(cell[0], cell[1]);
            for (int i = 0; i < column.length; i++) {
                // The hash column rules out almost every card without reading it.
                if (column[i] == hash && cards.get(i).isIn(cell[0], cell[1])) {
                    inCell.add(i);
                }
            }
            members.add(inCell);
        }
        return members;
    }

    /** How many of the cards that stay come before the slot, which counts the cell as shown before the edit. */
    private static int staying(List<Integer> shownCell, BitSet leaving, int slot) {
        int at = Math.max(0, Math.min(slot, shownCell.size()));
        int count = 0;
        for (int j = 0; j < at; j++) {
            if (!leaving.get(shownCell.get(j))) {
                count++;
            }
        }
        return count;
    }

    /** Gives the cell's cards the orders 0, 1, 2…; returns how many new cards have been placed so far. */
    private static int number(List<Card> cards, List<Object> sequence, String stageId, String laneId, int newCards,
                              ListEdit.Builder<Card> out) {
        int placedNew = newCards;
        for (int order = 0; order < sequence.size(); order++) {
            Object item = sequence.get(order);
            if (item instanceof Integer p) {
                Card c = cards.get(p);
                if (c.order() != order) {
                    out.replace(p, c, c.withOrder(order));
                }
            } else {
                Arrival a = (Arrival) item;
                Card placed = placed(a.card(), stageId, laneId, order);
                if (a.position() >= 0) {
                    out.replace(a.position(), cards.get(a.position()), placed);
                } else {
                    out.insert(cards.size() + placedNew++, placed);
                }
            }
        }
        return placedNew;
    }

    private static Card placed(Card card, String stageId, String laneId, int order) {
        return card.isIn(stageId, laneId) && card.order() == order ? card : card.withPlace(stageId, laneId, order);
    }

    private static int addCell(List<String[]> cells, String stageId, String laneId) {
        for (int k = 0; k < cells.size(); k++) {
            if (cells.get(k)[0].equals(stageId) && cells.get(k)[1].equals(laneId)) {
                return k;
            }
        }
        cells.add(new String[] {stageId, laneId});
        return cells.size() - 1;
    }
}
