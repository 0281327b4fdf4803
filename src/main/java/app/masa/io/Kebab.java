package app.masa.io;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Enum constants as the file writes them: lower kebab-case, {@code PAIN_POINT} as "pain-point".
 * The names are worked out once per enum, since a large map reads and writes thousands of them.
 */
final class Kebab {
    private static final ClassValue<Names<?>> NAMES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Names<?> computeValue(Class<?> type) {
            return new Names(type);
        }
    };

    private Kebab() {
    }

    static <E extends Enum<E>> String of(E value) {
        return names(value.getDeclaringClass()).text.get(value);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        return names(type).constants.get(text);
    }

    static <E extends Enum<E>> String allOf(Class<E> type) {
        return names(type).all;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Names<E> names(Class<E> type) {
        return (Names<E>) NAMES.get(type);
    }

    private static final class Names<E extends Enum<E>> {
        final Map<E, String> text;
        final Map<String, E> constants = new HashMap<>();
        final String all;

        Names(Class<E> type) {
            text = new EnumMap<>(type);
            StringJoiner joined = new StringJoiner(", ");
            for (E constant : type.getEnumConstants()) {
                String name = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
                text.put(constant, name);
                constants.put(name, constant);
                joined.add(name);
            }
            all = joined.toString();
        }
    }
}
