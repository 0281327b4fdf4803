package app.masa.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The ink of a map's cards (their text lines and badges), found through a coarse grid of the cards'
 * bounds, so that asking how much text a label's pill would hide looks only at the cards under it.
 * A map of thousands of cards with labelled arrows would otherwise compare every pill with every line
 * of every card it passes, on every layout; here a card's ink is gathered only when a pill meets it.
 */
final class InkIndex {
    /** About one card wide: a pill meets a handful of cells, a card one to four. */
    private static final double CELL = 160;
    /** How far a card's text or a badge may stand out of its box (a badge on the edge). */
    private static final double OVERHANG = 12;

    private final List<CardBox> cards;
    private final Typography type;
    private final double left;
    private final double top;
    private final int columns;
    private final int rows;
    /** Where each grid cell's card numbers start in {@link #members}; a cell's run ends where the next starts. */
    private final int[] starts;
    private final int[] members;
    private final List<List<Rect>> inkOf;
    /** The query that last counted each card, so a card spanning several cells counts once. */
    private final int[] seen;
    private int query;
    /** The sort keys of the cards a band met, kept from one search to the next. */
    private long[] order = new long[0];

    private InkIndex(List<CardBox> cards, Typography type) {
        this.cards = cards;
        this.type = type;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (CardBox c : cards) {
            Rect r = reach(c);
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        left = cards.isEmpty() ? 0 : minX;
        top = cards.isEmpty() ? 0 : minY;
        columns = cards.isEmpty() ? 1 : (int) ((maxX - minX) / CELL) + 1;
        rows = cards.isEmpty() ? 1 : (int) ((maxY - minY) / CELL) + 1;
        starts = new int[columns * rows + 1];
        for (CardBox c : cards) {
            forEachCell(reach(c), cell -> starts[cell + 1]++);
        }
        for (int i = 0; i < columns * rows; i++) {
            starts[i + 1] += starts[i];
        }
        members = new int[starts[columns * rows]];
        int[] next = starts.clone();
        for (int i = 0; i < cards.size(); i++) {
            int card = i;
            forEachCell(reach(cards.get(i)), cell -> members[next[cell]++] = card);
        }
        inkOf = new ArrayList<>(Collections.nCopies(cards.size(), (List<Rect>) null));
        seen = new int[cards.size()];
    }

    static InkIndex of(List<CardBox> cards, Typography type) {
        return new InkIndex(cards, type);
    }

    /** The area of card text and badges the rectangle would cover; padding and borders count nothing. */
    double covered(Rect pill) {
        double[] area = {0};
        visitNear(pill, card -> {
            if (reach(cards.get(card)).intersects(pill)) {
                for (Rect r : ink(card)) {
                    area[0] += overlap(pill, r);
                }
            }
        });
        return area[0];
    }

    /** The cards whose boxes meet the rectangle. */
    List<CardBox> cardsMeeting(Rect r) {
        List<CardBox> met = new ArrayList<>();
        visitNear(r, card -> {
            if (cards.get(card).bounds().intersects(r)) {
                met.add(cards.get(card));
            }
        });
        return met;
    }

    /**
     * The cards whose boxes meet {@code part}, in the order {@link #cardsMeeting} lists them for
     * {@code whole}, a rectangle that holds {@code part}: a search may read a band of a span first
     * and still weigh its cards as a reading of the whole span would.
     */
    List<CardBox> cardsMeeting(Rect part, Rect whole) {
        int firstColumn = clamp(column(whole.x()), columns);
        int firstRow = clamp(row(whole.y()), rows);
        long count = cards.size();
        int[] met = {0};
        visitNear(part, card -> {
            if (cards.get(card).bounds().intersects(part)) {
                // The whole rectangle's walk meets a card first in its first column and row inside
                // that rectangle, and lists the cards of one grid cell in their own order.
                Rect reach = reach(cards.get(card));
                long column = Math.max(clamp(column(reach.x()), columns), firstColumn);
                long row = Math.max(clamp(row(reach.y()), rows), firstRow);
                if (met[0] == order.length) {
                    order = Arrays.copyOf(order, Math.max(64, 2 * order.length));
                }
                order[met[0]++] = (column * rows + row) * count + card;
            }
        });
        Arrays.sort(order, 0, met[0]);
        List<CardBox> inOrder = new ArrayList<>(met[0]);
        for (int i = 0; i < met[0]; i++) {
            inOrder.add(cards.get((int) (order[i] % count)));
        }
        return inOrder;
    }

    /**
     * Whether the rectangle meets a card's box at all (its padding and border too). A skipping
     * arrow asks this for each height it tries, so it stops at the first card, reading each grid
     * cell plainly; a card met twice costs one more comparison, not a list.
     */
    boolean meetsCard(Rect r) {
        int lastColumn = clamp(column(r.maxX()), columns);
        int firstRow = clamp(row(r.y()), rows);
        int lastRow = clamp(row(r.maxY()), rows);
        for (int cx = clamp(column(r.x()), columns); cx <= lastColumn; cx++) {
            for (int cy = firstRow; cy <= lastRow; cy++) {
                int cell = cy * columns + cx;
                for (int k = starts[cell]; k < starts[cell + 1]; k++) {
                    if (cards.get(members[k]).bounds().intersects(r)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Each card listed in a grid cell the rectangle meets, once. */
    private void visitNear(Rect r, IntConsumer visit) {
        query++;
        forEachCell(r, cell -> {
            for (int k = starts[cell]; k < starts[cell + 1]; k++) {
                int card = members[k];
                if (seen[card] != query) {
                    seen[card] = query;
                    visit.accept(card);
                }
            }
        });
    }

    private List<Rect> ink(int card) {
        List<Rect> ink = inkOf.get(card);
        if (ink == null) {
            ink = new ArrayList<>();
            CardBox c = cards.get(card);
            for (List<TextLine> lines : List.of(c.titleLines(), c.bodyLines())) {
                for (TextLine l : lines) {
                    double size = type.size(l.role());
                    ink.add(new Rect(l.x(), l.baseline() - size, l.width(), size * 1.25));
                }
            }
            CardMarks m = c.marks();
            if (m.channelBadge() != null) {
                ink.add(m.channelBadge());
            }
            if (m.scoreBadge() != null) {
                ink.add(m.scoreBadge());
            }
            for (CardBadge b : m.badges()) {
                ink.add(b.bounds());
            }
            inkOf.set(card, ink);
        }
        return ink;
    }

    private static Rect reach(CardBox c) {
        Rect b = c.bounds();
        return new Rect(b.x() - OVERHANG, b.y() - OVERHANG, b.width() + 2 * OVERHANG, b.height() + 2 * OVERHANG);
    }

    private void forEachCell(Rect r, IntConsumer action) {
        for (int cx = clamp(column(r.x()), columns); cx <= clamp(column(r.maxX()), columns); cx++) {
            for (int cy = clamp(row(r.y()), rows); cy <= clamp(row(r.maxY()), rows); cy++) {
                action.accept(cy * columns + cx);
            }
        }
    }

    private int column(double x) {
        return (int) Math.floor((x - left) / CELL);
    }

    private int row(double y) {
        return (int) Math.floor((y - top) / CELL);
    }

    private static int clamp(int i, int size) {
        return Math.max(0, Math.min(size - 1, i));
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
