package app.masa.i18n;

import app.masa.model.Kebab;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Message keys the code builds at run time from one prefix: "palette.type." and a card type, say.
 * Lists every key of the family, so that a test can find each one in the bundles.
 *
 * @param prefix the literal the code starts the key with
 * @param keys   every key the code can build with it
 */
record KeyFamily(String prefix, List<String> keys) {

    /** The constant's name in lower case: "palette.type.pain_point". */
    static KeyFamily lowerCase(String prefix, Class<? extends Enum<?>> type) {
        return of(prefix, constants(type).stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** The constant's name as written: "canvas.type.PAIN_POINT". */
    static KeyFamily constantName(String prefix, Class<? extends Enum<?>> type) {
        return of(prefix, constants(type).stream().map(Enum::name).toList());
    }

    /** The constant in kebab case: "analysis.model.last-click". */
    static KeyFamily kebab(String prefix, Class<? extends Enum<?>> type) {
        return of(prefix, constants(type).stream().map(Kebab::of).toList());
    }

    static KeyFamily of(String prefix, Collection<String> words) {
        List<String> keys = new ArrayList<>();
        words.forEach(word -> keys.add(prefix + word));
        return new KeyFamily(prefix, List.copyOf(keys));
    }

    /** The same keys with a fixed ending: "interchange.export." + "csv" + ".title". */
    KeyFamily ending(String suffix) {
        return new KeyFamily(prefix, keys.stream().map(k -> k + suffix).toList());
    }

    private static List<Enum<?>> constants(Class<? extends Enum<?>> type) {
        return List.of(type.getEnumConstants());
    }
}
