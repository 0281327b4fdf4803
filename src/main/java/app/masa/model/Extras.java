package app.masa.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fields that this version of Masa does not know, kept as plain Java values (String, Number,
 * Boolean, null, List, Map) so that a file written by a newer version survives a round trip.
 * Sorted by key so that writing them back is stable.
 */
public final class Extras {
    public static final Extras NONE = new Extras(Map.of());

    private final Map<String, Object> values;

    private Extras(Map<String, Object> values) {
        this.values = values;
    }

    public static Extras of(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        return new Extras(Collections.unmodifiableMap(new TreeMap<>(values)));
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extras other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
