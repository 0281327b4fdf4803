package app.masa.edit;

import app.masa.model.AdoptedList;
import app.masa.model.Card;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The hashes of every card's id and cell (stage and lane), in arrays parallel to a card list. Finding cards
 * by id or by cell then reads a compact array instead of thousands of scattered cards, and
 * only the few hits are checked against the cards themselves. An edit derives the columns of the
 * list it makes from those of the list it changed, so a run of edits never rebuilds them.
 *
 * <p>The model's lists are immutable records, so the columns are kept beside them: a few recent
 * lists, matched by identity and held weakly, so the cache never keeps a document alive.
 */
final class CardColumns {
    /** Edits work on the newest list; a few slots also cover undo and a second open map. */
    private static final int SLOTS = 4;
    private static final Slot[] CACHE = new Slot[SLOTS];
    private static int next;

    final int[] ids;
    final int[] cells;

    private CardColumns(int[] ids, int[] cells) {
        this.ids = ids;
        this.cells = cells;
    }

    /** One number for a stage and lane, so that finding a cell's cards compares one number per card. */
    static int cellHash(String stageId, String laneId) {
        return 31 * stageId.hashCode() + laneId.hashCode();
    }

    private record Slot(WeakReference<List<Card>> list, CardColumns columns) {
    }

    /** The columns of this list, built on first use. */
    static CardColumns of(List<Card> cards) {
        CardColumns known = find(cards);
        if (known != null) {
            return known;
        }
        CardColumns built = build(cards);
        if (AdoptedList.isUnmodifiable(cards)) {
            remember(cards, built);
        }
        return built;
    }

    /** Whether the columns of this list are at hand, without building them. */
    static boolean isKnown(List<Card> cards) {
        return find(cards) != null;
    }

    /** The columns read afresh from the cards. */
    static CardColumns build(List<Card> cards) {
        int n = cards.size();
        int[] ids = new int[n];
        int[] cells = new int[n];
        for (int i = 0; i < n; i++) {
            Card c = cards.get(i);
            ids[i] = c.id().hashCode();
            cells[i] = cellHash(c.stageId(), c.laneId());
        }
        return new CardColumns(ids, cells);
    }

    /** Derives the columns of {@code after} from those of {@code before}, when they are known. */
    static void carry(List<Card> before, List<Card> after, ListEdit<Card> edit) {
        CardColumns old = find(before);
        if (old == null || after == before || !AdoptedList.isUnmodifiable(after)) {
            return;
        }
        remember(after, new CardColumns(edit.applyToColumn(old.ids, c -> c.id().hashCode()),
                edit.applyToColumn(old.cells, c -> cellHash(c.stageId(), c.laneId()))));
    }

    private static synchronized CardColumns find(List<Card> cards) {
        for (Slot slot : CACHE) {
            if (slot != null && slot.list.get() == cards) {
                return slot.columns;
            }
        }
        return null;
    }

    private static synchronized void remember(List<Card> cards, CardColumns columns) {
        CACHE[next] = new Slot(new WeakReference<>(cards), columns);
        next = (next + 1) % SLOTS;
    }
}
