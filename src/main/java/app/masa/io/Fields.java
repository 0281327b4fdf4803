package app.masa.io;

import app.masa.i18n.Messages;
import app.masa.model.Extras;
import app.masa.model.Kebab;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to the members of one JSON object. Each getter returns null (or an empty list) when
 * the value is absent or unusable, after adding a plain problem at the value's place; reading goes
 * on, so one pass finds every problem. A JSON null counts as absent.
 */
final class Fields {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Node node;
    private final JsonPointer path;
    private final Problems problems;

    Fields(Node node, JsonPointer path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    Node node() {
        return node;
    }

    JsonPointer path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    /** The member's value, or null when absent or JSON null. */
    Node value(String name) {
        Node v = node.field(name);
        return v == null || v.is(Node.Kind.NULL) ? null : v;
    }

    void problemAt(String name, String key, Object... args) {
        Node v = node.field(name);
        problems.add(v == null ? node : v, path.field(name), key, args);
    }

    boolean require(String name) {
        if (value(name) == null) {
            problems.add(node, path.field(name), "validate.missing", name);
            return false;
        }
        return true;
    }

    String requiredString(String name) {
        Node v = value(name);
        if (v == null) {
            problems.add(node, path.field(name), "validate.missing", name);
            return null;
        }
        return string(name, v);
    }

    String string(String name) {
        Node v = value(name);
        return v == null ? null : string(name, v);
    }

    private String string(String name, Node v) {
        if (!v.is(Node.Kind.STRING)) {
            wrongKind(name, v, "validate.kind.string");
            return null;
        }
        return (String) v.value();
    }

    /** The value as a decimal, or null after a problem when it is not a number (of the kind named). */
    private BigDecimal decimal(String name, Node v, String kindKey) {
        if (!Node.isNumber(v.value())) {
            wrongKind(name, v, kindKey);
            return null;
        }
        return toDecimal(v.value());
    }

    /** The value as a decimal, or null after a problem when it is not a whole number. */
    private BigDecimal whole(String name, Node v) {
        BigDecimal number = decimal(name, v, "validate.kind.integer");
        if (number != null && number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            wrongKind(name, v, "validate.kind.integer");
            return null;
        }
        return number;
    }

    /** A whole number from {@code min} to {@code max}. */
    Integer integer(String name, int min, int max) {
        Node v = value(name);
        if (v == null) {
            return null;
        }
        if (v.value() instanceof Long small && small >= min && small <= max) {
            return small.intValue();
        }
        BigDecimal number = whole(name, v);
        if (number == null) {
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
                problemAt(name, "validate.tooLarge", name, shortNumber(v.value()));
            } else {
                problemAt(name, min == 0 ? "validate.notNegative" : "validate.range", name,
                        number.intValue(), min, max);
            }
            return null;
        }
        return number.intValue();
    }

    /** Any finite number; {@code atLeast} and {@code strictly} give the lower bound. */
    Double number(String name, double atLeast, boolean strictly) {
        Node v = value(name);
        if (v == null) {
            return null;
        }
        BigDecimal number = decimal(name, v, "validate.kind.number");
        if (number == null) {
            return null;
        }
        double d = number.doubleValue();
        if (Double.isInfinite(d)) {
            problemAt(name, "validate.tooLarge", name, shortNumber(v.value()));
            return null;
        }
        if (strictly ? d <= atLeast : d < atLeast) {
            problemAt(name, strictly ? "validate.positive" : "validate.notNegative", name, d);
            return null;
        }
        return d;
    }

    Boolean bool(String name) {
        Node v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Node.Kind.BOOLEAN)) {
            wrongKind(name, v, "validate.kind.boolean");
            return null;
        }
        return (Boolean) v.value();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        E found = Kebab.parse(type, text);
        if (found == null) {
            problemAt(name, "validate.choice", name, text, Kebab.allOf(type));
        }
        return found;
    }

    static boolean isColor(String text) {
        return text != null && COLOR.matcher(text).matches();
    }

    String color(String name) {
        String text = string(name);
        if (text != null && !COLOR.matcher(text).matches()) {
            problemAt(name, "validate.color", name, text);
            return null;
        }
        return text;
    }

    String language(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            new Locale.Builder().setLanguageTag(text);
            if (text.isBlank()) {
                throw new IllformedLocaleException();
            }
            return text;
        } catch (IllformedLocaleException e) {
            problemAt(name, "validate.language", text);
            return null;
        }
    }

    Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problemAt(name, "validate.instant", name, text);
            return null;
        }
    }

    /** A count: a whole number from 0 up to the largest a long holds. */
    Long count(String name) {
        Node v = value(name);
        if (v == null) {
            return null;
        }
        if (v.value() instanceof Long small && small >= 0) {
            return small;
        }
        BigDecimal number = whole(name, v);
        if (number == null) {
            return null;
        }
        if (number.signum() < 0) {
            problemAt(name, "validate.notNegative", name, shortNumber(v.value()));
            return null;
        }
        if (number.compareTo(LONG_MAX) > 0) {
            problemAt(name, "validate.tooLarge", name, shortNumber(v.value()));
            return null;
        }
        return number.longValueExact();
    }

    /** A finite number from {@code min} to {@code max}. */
    Double numberBetween(String name, double min, double max) {
        Node v = value(name);
        if (v == null) {
            return null;
        }
        BigDecimal number = decimal(name, v, "validate.kind.number");
        if (number == null) {
            return null;
        }
        double d = number.doubleValue();
        if (!(d >= min && d <= max)) {
            problemAt(name, "validate.range", name, shortNumber(v.value()), min, max);
            return null;
        }
        return d;
    }

    /** A calendar date such as 2026-11-01. */
    LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problemAt(name, "validate.date", name, text);
            return null;
        }
    }

    /** The choices of an array member of enum names; unknown names and other kinds are reported and left out. */
    <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        List<E> result = new ArrayList<>();
        List<Node> items = array(name);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            JsonPointer at = path.field(name).index(i);
            if (!item.is(Node.Kind.STRING)) {
                problems.add(item, at, "validate.element", name, Messages.get("validate.kind.string"),
                        Messages.get(item.kindKey()));
                continue;
            }
            E found = Kebab.parse(type, (String) item.value());
            if (found == null) {
                problems.add(item, at, "validate.choice", name, item.value(), Kebab.allOf(type));
            } else {
                result.add(found);
            }
        }
        return result;
    }

    /** The strings of an array member; elements of another kind are reported and left out. */
    List<String> strings(String name) {
        List<String> result = new ArrayList<>();
        List<Node> items = array(name);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item.is(Node.Kind.STRING)) {
                result.add((String) item.value());
            } else {
                problems.add(item, path.field(name).index(i), "validate.element", name,
                        Messages.get("validate.kind.string"), Messages.get(item.kindKey()));
            }
        }
        return result;
    }

    /** The elements of an array member (empty when absent or not an array). */
    List<Node> array(String name) {
        Node v = value(name);
        if (v == null) {
            return List.of();
        }
        if (!v.is(Node.Kind.ARRAY)) {
            wrongKind(name, v, "validate.kind.array");
            return List.of();
        }
        return v.items();
    }

    /** The object member, or null (reported when present but not an object). */
    Node object(String name) {
        Node v = value(name);
        if (v != null && !v.is(Node.Kind.OBJECT)) {
            wrongKind(name, v, "validate.kind.object");
            return null;
        }
        return v;
    }

    /** The members of an object member, or null when it is absent (or not an object, which is reported). */
    Fields child(String name) {
        Node v = object(name);
        return v == null ? null : new Fields(v, path.field(name), problems);
    }

    /** Every member this version does not know, as plain values, to be written back on save. */
    Extras extras(Set<String> known) {
        Map<String, Object> unknown = null;
        Members members = node.fields();
        for (int i = 0; i < members.size(); i++) {
            if (!known.contains(members.name(i))) {
                if (unknown == null) {
                    unknown = new LinkedHashMap<>();
                }
                unknown.put(members.name(i), members.value(i).toPlain());
            }
        }
        return unknown == null ? Extras.NONE : Extras.of(unknown);
    }

    private void wrongKind(String name, Node v, String expectedKey) {
        problems.add(v, path.field(name), "validate.type", name, Messages.get(expectedKey),
                Messages.get(v.kindKey()));
    }

    private static BigDecimal toDecimal(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return BigDecimal.valueOf((Long) number);
    }

    /** A number short enough for a sentence: huge ones lose their middle. */
    private static String shortNumber(Object number) {
        String text = number.toString();
        return text.length() <= 24 ? text : text.substring(0, 10) + "…" + text.substring(text.length() - 6);
    }
}
