package app.masa.edit;

import app.masa.model.AdoptedList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * A change to one list of the document, kept as the few positions it touches: elements replaced
 * and removed (at their positions in the list before the change) and elements inserted (at their
 * positions after it). Because the history replays commands in strict order, the positions still
 * hold when the change is undone, so undo puts every element back exactly where it was.
 */
final class ListEdit<T> {
    private static final int[] NONE = new int[0];

    private final int[] replacedAt;
    private final Object[] before;
    private final Object[] after;
    private final int[] removedAt;
    private final Object[] removed;
    private final int[] insertedAt;
    private final Object[] inserted;

    private ListEdit(int[] replacedAt, Object[] before, Object[] after, int[] removedAt, Object[] removed,
                     int[] insertedAt, Object[] inserted) {
        this.replacedAt = replacedAt;
        this.before = before;
        this.after = after;
        this.removedAt = removedAt;
        this.removed = removed;
        this.insertedAt = insertedAt;
        this.inserted = inserted;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static <T> ListEdit<T> replace(int index, T before, T after) {
        ListEdit.Builder<T> b = builder();
        return b.replace(index, before, after).build();
    }

    boolean isEmpty() {
        return replacedAt.length == 0 && removedAt.length == 0 && insertedAt.length == 0;
    }

    boolean isSingleReplacement() {
        return replacedAt.length == 1 && removedAt.length == 0 && insertedAt.length == 0;
    }

    int replacedIndex() {
        return replacedAt.length == 1 ? replacedAt[0] : -1;
    }

    /** This single replacement followed by {@code next}, the same element replaced again, as one. */
    ListEdit<T> thenReplace(ListEdit<T> next) {
        if (!isSingleReplacement() || !next.isSingleReplacement() || replacedAt[0] != next.replacedAt[0]) {
            throw new IllegalArgumentException("only one replacement of the same element folds");
        }
        return new ListEdit<>(replacedAt, before, next.after, NONE, removed, NONE, inserted);
    }

    /** The list after the change. Copies runs of untouched elements in bulk: card lists run to thousands. */
    List<T> apply(List<T> list) {
        Object[] items = list.toArray();
        for (int i = 0; i < replacedAt.length; i++) {
            items[replacedAt[i]] = after[i];
        }
        items = insert(without(items, removedAt, null), insertedAt, inserted);
        // A new array no one else holds: the model keeps it without copying it again.
        return AdoptedList.adopt(items);
    }

    /** The list before the change, given the list right after it. */
    List<T> revert(List<T> list) {
        Object[] items = insert(without(list.toArray(), insertedAt, inserted), removedAt, removed);
        for (int i = 0; i < replacedAt.length; i++) {
            expect(items[replacedAt[i]], after[i]);
            items[replacedAt[i]] = before[i];
        }
        return AdoptedList.adopt(items);
    }

    /** The items without those at the ascending positions, checking them against {@code expected} if given. */
    private static Object[] without(Object[] items, int[] positions, Object[] expected) {
        if (positions.length == 0) {
            return items;
        }
        Object[] out = new Object[items.length - positions.length];
        int from = 0;
        int to = 0;
        for (int i = 0; i < positions.length; i++) {
            int at = positions[i];
            if (expected != null) {
                expect(items[at], expected[i]);
            }
            System.arraycopy(items, from, out, to, at - from);
            to += at - from;
            from = at + 1;
        }
        System.arraycopy(items, from, out, to, items.length - from);
        return out;
    }

    /** The items with {@code values} put in so that they end up at the ascending positions. */
    private static Object[] insert(Object[] items, int[] positions, Object[] values) {
        if (positions.length == 0) {
            return items;
        }
        Object[] out = new Object[items.length + positions.length];
        int from = 0;
        int to = 0;
        for (int i = 0; i < positions.length; i++) {
            int run = positions[i] - to;
            System.arraycopy(items, from, out, to, run);
            from += run;
            to += run;
            out[to++] = values[i];
        }
        System.arraycopy(items, from, out, to, items.length - from);
        return out;
    }

    /**
     * The same change made to a column of numbers that runs parallel to the list (one per element),
     * taking the numbers of elements put in from {@code valueOf}: keeps such a column in step with
     * the list without reading the elements that did not change.
     */
    @SuppressWarnings("unchecked")
    int[] applyToColumn(int[] column, ToIntFunction<T> valueOf) {
        int[] out = column.clone();
        for (int i = 0; i < replacedAt.length; i++) {
            out[replacedAt[i]] = valueOf.applyAsInt((T) after[i]);
        }
        if (removedAt.length > 0) {
            int[] kept = new int[out.length - removedAt.length];
            int from = 0;
            int to = 0;
            for (int at : removedAt) {
                System.arraycopy(out, from, kept, to, at - from);
                to += at - from;
                from = at + 1;
            }
            System.arraycopy(out, from, kept, to, out.length - from);
            out = kept;
        }
        if (insertedAt.length > 0) {
            int[] grown = new int[out.length + insertedAt.length];
            int from = 0;
            int to = 0;
            for (int i = 0; i < insertedAt.length; i++) {
                int run = insertedAt[i] - to;
                System.arraycopy(out, from, grown, to, run);
                from += run;
                to += run;
                grown[to++] = valueOf.applyAsInt((T) inserted[i]);
            }
            System.arraycopy(out, from, grown, to, out.length - from);
            out = grown;
        }
        return out;
    }

    /** The rough bytes this change keeps alive, given what an element and a replacement keep alive. */
    @SuppressWarnings("unchecked")
    long estimatedBytes(ToLongFunction<T> elementBytes, ToLongBiFunction<T, T> replacedBytes) {
        long bytes = 64 + 8L * (replacedAt.length * 3 + removedAt.length * 2 + insertedAt.length * 2);
        // The new value of a replaced element lives in the document and is counted by the edit
        // that replaces it next, as its old value; counting it here too would count it twice.
        for (int i = 0; i < replacedAt.length; i++) {
            bytes += replacedBytes.applyAsLong((T) before[i], (T) after[i]);
        }
        for (Object o : removed) {
            bytes += elementBytes.applyAsLong((T) o);
        }
        for (Object o : inserted) {
            bytes += elementBytes.applyAsLong((T) o);
        }
        return bytes;
    }

    /** Undo only runs on the document the change made; anything else is a bug, not a user error. */
    private static void expect(Object actual, Object recorded) {
        if (actual != recorded && !actual.equals(recorded)) {
            throw new IllegalStateException("the document is not the one this change was made to");
        }
    }

    static final class Builder<T> {
        private final List<Object[]> replaced = new ArrayList<>();
        private final List<Object[]> removedItems = new ArrayList<>();
        private final List<Object[]> insertedItems = new ArrayList<>();

        /** Replaces the element at {@code index} of the list as it is before the change. */
        Builder<T> replace(int index, T old, T now) {
            if (old != now) {
                replaced.add(new Object[] {index, old, now});
            }
            return this;
        }

        /** Removes the element at {@code index} of the list as it is before the change. */
        Builder<T> remove(int index, T old) {
            removedItems.add(new Object[] {index, old});
            return this;
        }

        /** Inserts an element so that it ends up at {@code index} of the list after the change. */
        Builder<T> insert(int index, T element) {
            insertedItems.add(new Object[] {index, element});
            return this;
        }

        boolean isEmpty() {
            return replaced.isEmpty() && removedItems.isEmpty() && insertedItems.isEmpty();
        }

        ListEdit<T> build() {
            Comparator<Object[]> byIndex = Comparator.comparingInt(e -> (Integer) e[0]);
            replaced.sort(byIndex);
            removedItems.sort(byIndex);
            insertedItems.sort(byIndex);
            return new ListEdit<>(indices(replaced), column(replaced, 1), column(replaced, 2),
                    indices(removedItems), column(removedItems, 1), indices(insertedItems), column(insertedItems, 1));
        }

        private static int[] indices(List<Object[]> entries) {
            if (entries.isEmpty()) {
                return NONE;
            }
            int[] result = new int[entries.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = (Integer) entries.get(i)[0];
            }
            for (int i = 1; i < result.length; i++) {
                if (result[i] == result[i - 1]) {
                    throw new IllegalArgumentException("one position changed twice in one edit: " + result[i]);
                }
            }
            return result;
        }

        private static Object[] column(List<Object[]> entries, int column) {
            Object[] result = new Object[entries.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = entries.get(i)[column];
            }
            return result;
        }
    }
}
