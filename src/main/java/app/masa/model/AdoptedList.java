package app.masa.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list that takes over an array instead of copying it. An edit makes a new card
 * list for every change to a map of thousands of cards; {@code List.of} would copy that array once
 * more, checking every element on the way, which with the quick compiler alone was half the cost of
 * an edit. Only code that made the array, filled it without nulls and lets go of it may hand it
 * over ({@link #adopt}); the model keeps such a list as it is ({@link #copyOf}).
 */
public final class AdoptedList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;

    private AdoptedList(Object[] elements) {
        this.elements = elements;
    }

    /** The elements as a list; the caller never touches the array again. */
    public static <E> List<E> adopt(Object[] elements) {
        return new AdoptedList<>(elements);
    }

    /** As {@link List#copyOf}, except that an adopted list is kept as it is. */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(Collection<? extends E> elements) {
        return elements instanceof AdoptedList<?> adopted ? (List<E>) adopted : List.copyOf(elements);
    }

    /** Whether the list can never change: an adopted list, or one of Java's unmodifiable lists. */
    public static boolean isUnmodifiable(List<?> list) {
        // List.copyOf hands back the very same list when it is already an unmodifiable one.
        return list instanceof AdoptedList<?> || List.copyOf(list) == list;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length, Object[].class);
    }
}
