package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.Kebab;
import java.util.Locale;
import java.util.Optional;

/**
 * Enum values as people type them in a spreadsheet: the file's own spelling ("pain-point"), the
 * constant's name ("PAIN_POINT"), or the label the designer shows, in English or Hebrew.
 */
final class EnumText {
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.forLanguageTag("he")};

    private EnumText() {
    }

    /**
     * The constant the text names, if any.
     *
     * @param labelPrefix the bundle key prefix of the constants' labels ("palette.type."), to which the
     *                    constant's name in lower case is appended
     */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text, String labelPrefix) {
        String wanted = CardField.normalise(text);
        for (E constant : type.getEnumConstants()) {
            if (CardField.normalise(Kebab.of(constant)).equals(wanted)
                    || CardField.normalise(constant.name()).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        for (E constant : type.getEnumConstants()) {
            String key = labelPrefix + constant.name().toLowerCase(Locale.ROOT);
            for (Locale language : LANGUAGES) {
                if (Messages.has(language, key) && CardField.normalise(Messages.get(language, key)).equals(wanted)) {
                    return Optional.of(constant);
                }
            }
        }
        return Optional.empty();
    }
}
