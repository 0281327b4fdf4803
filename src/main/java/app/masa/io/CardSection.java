package app.masa.io;

import app.masa.model.Card;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The encoded cards of one map as they stand in the file, from the first card's "{" to the last
 * card's "}" with the separators between them, and where each card starts. The bytes are kept as
 * pieces of the arrays earlier saves encoded, never copied: the next save takes every run of cards
 * that are still the same objects in the same order as it is, and encodes only the cards that are
 * new. Used by one save at a time.
 */
final class CardSection {
    static final CardSection EMPTY = new CardSection(new Card[0], new int[] {0}, new Pieces(), new byte[0]);

    /** How far ahead a card is looked for: enough to step over a deleted card or two. */
    private static final int LOOK_AHEAD = 8;
    /**
     * A card not found close by is most often a new or edited one, and encoding it is cheaper than
     * indexing thousands of cards; past this many such cards in one save, they are looked up in an
     * index, so that a moved block of cards is copied rather than encoded again.
     */
    private static final int MISSES_BEFORE_INDEX = 32;
    /** Past this many pieces the bytes are joined into one array, so that writing stays a few large calls. */
    private static final int MAX_PIECES = 256;

    private final Card[] cards;
    /** Where each card starts; one more entry, as if another card followed the last. */
    private final int[] starts;
    private final Pieces pieces;
    private final byte[] separator;
    private Map<Card, Integer> index;
    private int misses;

    private CardSection(Card[] cards, int[] starts, Pieces pieces, byte[] separator) {
        this.cards = cards;
        this.starts = starts;
        this.pieces = pieces;
        this.separator = separator;
    }

    void writeTo(OutputStream out) throws IOException {
        pieces.writeTo(out);
    }

    /** The section for {@code next}, reusing this one's bytes wherever the same cards follow each other. */
    CardSection next(List<Card> next, byte[] separator, Function<Card, byte[]> encode) {
        boolean reusable = Arrays.equals(separator, this.separator);
        Card[] nextCards = next.toArray(new Card[0]);
        int[] nextStarts = new int[nextCards.length + 1];
        Pieces out = new Pieces();
        int cursor = 0;
        int i = 0;
        while (i < nextCards.length) {
            if (i > 0) {
                out.add(separator, 0, separator.length);
            }
            int found = reusable ? find(nextCards[i], cursor) : -1;
            if (found < 0) {
                nextStarts[i] = out.size();
                byte[] card = encode.apply(nextCards[i]);
                out.add(card, 0, card.length);
                i++;
                continue;
            }
            int run = 1;
            while (i + run < nextCards.length && found + run < cards.length
                    && nextCards[i + run] == cards[found + run]) {
                run++;
            }
            int from = starts[found];
            int shift = out.size() - from;
            for (int k = 0; k < run; k++) {
                nextStarts[i + k] = starts[found + k] + shift;
            }
            pieces.copyRange(from, starts[found + run] - this.separator.length, out);
            i += run;
            cursor = found + run;
        }
        nextStarts[nextCards.length] = out.size() + separator.length;
        return new CardSection(nextCards, nextStarts, out.count() > MAX_PIECES ? out.joined() : out,
                separator.clone());
    }

    /** Where this section holds {@code card} (the same object), looking near {@code cursor} first; -1 if nowhere. */
    private int find(Card card, int cursor) {
        for (int k = cursor; k < Math.min(cards.length, cursor + LOOK_AHEAD); k++) {
            if (cards[k] == card) {
                return k;
            }
        }
        if (index == null && ++misses <= MISSES_BEFORE_INDEX) {
            return -1;
        }
        if (index == null) {
            index = new IdentityHashMap<>(cards.length);
            for (int k = 0; k < cards.length; k++) {
                index.put(cards[k], k);
            }
        }
        Integer at = index.get(card);
        return at == null ? -1 : at;
    }

    /** Bytes as a sequence of slices of arrays; adjacent slices of one array are kept as one. */
    private static final class Pieces {
        private byte[][] arrays = new byte[8][];
        private int[] offsets = new int[8];
        /** Where each piece starts in the whole; one more entry for the end. */
        private int[] starts = new int[9];
        private int count;

        int size() {
            return starts[count];
        }

        int count() {
            return count;
        }

        void add(byte[] array, int offset, int length) {
            if (length == 0) {
                return;
            }
            int last = count - 1;
            if (last >= 0 && arrays[last] == array && offsets[last] + starts[count] - starts[last] == offset) {
                starts[count] += length;
                return;
            }
            if (count == arrays.length) {
                arrays = Arrays.copyOf(arrays, count * 2);
                offsets = Arrays.copyOf(offsets, count * 2);
                starts = Arrays.copyOf(starts, count * 2 + 1);
            }
            arrays[count] = array;
            offsets[count] = offset;
            starts[count + 1] = starts[count] + length;
            count++;
        }

        /** Adds the bytes from {@code from} to {@code to} of this whole to {@code out}. */
        void copyRange(int from, int to, Pieces out) {
            int piece = pieceAt(from);
            int position = from;
            while (position < to) {
                int end = Math.min(to, starts[piece + 1]);
                out.add(arrays[piece], offsets[piece] + position - starts[piece], end - position);
                position = end;
                piece++;
            }
        }

        private int pieceAt(int position) {
            int found = Arrays.binarySearch(starts, 0, count + 1, position);
            return found >= 0 ? found : -found - 2;
        }

        void writeTo(OutputStream out) throws IOException {
            for (int k = 0; k < count; k++) {
                out.write(arrays[k], offsets[k], starts[k + 1] - starts[k]);
            }
        }

        Pieces joined() {
            byte[] all = new byte[size()];
            int at = 0;
            for (int k = 0; k < count; k++) {
                int length = starts[k + 1] - starts[k];
                System.arraycopy(arrays[k], offsets[k], all, at, length);
                at += length;
            }
            Pieces one = new Pieces();
            one.add(all, 0, all.length);
            return one;
        }
    }
}
