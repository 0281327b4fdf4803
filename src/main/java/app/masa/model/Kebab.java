package app.masa.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Enum constants in lower kebab-case, {@code PAIN_POINT} as "pain-point": how the journey file, the
 * clipboard, CSV files and some message keys spell them. The one place that spelling is made, so all
 * of them agree. The names are worked out once per enum, since a large map reads and writes
 * thousands of them.
 */
public final class Kebab {
    private static final ClassValue<Names> NAMES = new ClassValue<>() {
        @Override
        protected Names computeValue(Class<?> type) {
            return new Names(type);
        }
    };

    private Kebab() {
    }

    public static String of(Enum<?> value) {
        return NAMES.get(value.getDeclaringClass()).text[value.ordinal()];
    }

    /** The constant spelled exactly so, or null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        return type.cast(NAMES.get(type).constants.get(text));
    }

    /** As {@link #parse}, for a caller that has a default at hand. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        return Optional.ofNullable(parse(type, text));
    }

    /** Every constant's spelling, comma-separated, for a message that lists the choices. */
    public static String allOf(Class<? extends Enum<?>> type) {
        return NAMES.get(type).all;
    }

    private static final class Names {
        final String[] text;
        final Map<String, Object> constants = new HashMap<>();
        final String all;

        Names(Class<?> type) {
            Object[] values = type.getEnumConstants();
            text = new String[values.length];
            StringJoiner joined = new StringJoiner(", ");
            for (int i = 0; i < values.length; i++) {
                String name = ((Enum<?>) values[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
                text[i] = name;
                constants.put(name, values[i]);
                joined.add(name);
            }
            all = joined.toString();
        }
    }
}
