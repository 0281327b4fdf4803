package app.masa.model;

import java.util.Locale;
import java.util.Set;

/** The reading direction of a map: where the journey starts and which way time flows. */
public enum Direction {
    LTR,
    RTL;

    private static final Set<String> RTL_LANGUAGES = Set.of("he", "iw", "ar", "fa", "ur", "yi");

    /** The usual direction for a BCP 47 language tag ("he" and "ar" read right to left). */
    public static Direction forLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return LTR;
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return RTL_LANGUAGES.contains(language) ? RTL : LTR;
    }

    public boolean isRightToLeft() {
        return this == RTL;
    }
}
