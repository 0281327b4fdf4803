package app.masa.io;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The members of one JSON object, in file order. Objects in a journey file have a dozen keys at
 * most, so two small arrays searched in order beat a hash map per object, in time and in memory.
 * Jackson hands out the same String for the same field name, so comparisons rarely go past the
 * identity check and the cached hash.
 */
final class Members {
    static final Members EMPTY = new Members();

    /** Above this many keys, repeated keys are found with a set, so a hostile object stays linear. */
    private static final int LINEAR_LIMIT = 16;

    private String[] names = new String[8];
    private Node[] values = new Node[8];
    private int size;
    private Set<String> seen;

    /** Adds a member; returns false (and keeps the first value) when the key is already there. */
    boolean add(String name, Node value) {
        if (contains(name)) {
            return false;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        if (seen != null) {
            seen.add(name);
        } else if (size > LINEAR_LIMIT) {
            seen = new HashSet<>(Arrays.asList(names).subList(0, size));
        }
        return true;
    }

    private boolean contains(String name) {
        return seen != null ? seen.contains(name) : get(name) != null;
    }

    Node get(String name) {
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            String n = names[i];
            if (n == name || (n.hashCode() == hash && n.equals(name))) {
                return values[i];
            }
        }
        return null;
    }

    int size() {
        return size;
    }

    String name(int i) {
        return names[i];
    }

    Node value(int i) {
        return values[i];
    }

    /** A copy as a map, for the rare paths (migrations) that rebuild objects. */
    Map<String, Node> toMap() {
        Map<String, Node> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(names[i], values[i]);
        }
        return map;
    }

    static Members of(Map<String, Node> map) {
        Members members = new Members();
        map.forEach(members::add);
        return members;
    }
}
