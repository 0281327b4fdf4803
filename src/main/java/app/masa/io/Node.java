package app.masa.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in the file, so that every problem found later can be
 * reported at its line and column. Jackson's own tree forgets positions, hence this small one.
 *
 * @param value String, Long, BigInteger, BigDecimal or Boolean for scalars; null otherwise
 * @param fields the members of an object, in file order (empty for other kinds)
 * @param items the elements of an array (empty for other kinds)
 * @param line 1-based line of the value's first character, 0 when made by a migration
 * @param offset byte offset of the value's first character, -1 when unknown
 */
record Node(Kind kind, Object value, Members fields, List<Node> items, int line, long offset) {

    enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    static Node object(Members fields, int line, long offset) {
        return new Node(Kind.OBJECT, null, fields, List.of(), line, offset);
    }

    static Node array(List<Node> items, int line, long offset) {
        return new Node(Kind.ARRAY, null, Members.EMPTY, items, line, offset);
    }

    static Node scalar(Kind kind, Object value, int line, long offset) {
        return new Node(kind, value, Members.EMPTY, List.of(), line, offset);
    }

    /** A string made by a migration, with no place in the file. */
    static Node text(String value) {
        return scalar(Kind.STRING, value, 0, -1);
    }

    static Node integer(long value) {
        return scalar(Kind.INTEGER, value, 0, -1);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    Node field(String name) {
        return fields.get(name);
    }

    /** This object with one member set (added last when new), keeping this object's place. */
    Node with(String name, Node member) {
        Map<String, Node> copy = fields.toMap();
        copy.put(name, member);
        return object(Members.of(copy), line, offset);
    }

    /** This object without one member. */
    Node without(String name) {
        Map<String, Node> copy = fields.toMap();
        copy.remove(name);
        return object(Members.of(copy), line, offset);
    }

    /** The value as plain Java (Map, List, String, Number, Boolean, null), for fields Masa does not know. */
    Object toPlain() {
        switch (kind) {
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    map.put(fields.name(i), fields.value(i).toPlain());
                }
                return Collections.unmodifiableMap(map);
            }
            case ARRAY: {
                List<Object> list = new ArrayList<>(items.size());
                items.forEach(v -> list.add(v.toPlain()));
                return Collections.unmodifiableList(list);
            }
            default:
                return value;
        }
    }

    /** A short description of the kind for "should be …, not …" messages. */
    String kindKey() {
        switch (kind) {
            case OBJECT: return "validate.kind.object";
            case ARRAY: return "validate.kind.array";
            case STRING: return "validate.kind.string";
            case INTEGER: case DECIMAL: return "validate.kind.number";
            case BOOLEAN: return "validate.kind.boolean";
            default: return "validate.kind.null";
        }
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof BigDecimal;
    }
}
