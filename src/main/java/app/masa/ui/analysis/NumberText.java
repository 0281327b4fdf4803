package app.masa.ui.analysis;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers typed into a field: grouping commas, spaces, a currency or percent sign are allowed, a dot
 * separates decimals (as in English and Hebrew). Shown back as the map's language writes them.
 */
final class NumberText {
    private NumberText() {
    }

    /** The number typed, or empty when the text is not one; blank text is not a number either. */
    static OptionalDouble parse(String text) {
        String plain = text == null ? "" : text.replaceAll("[\\s\u00A0\u202F\u200E\u200F,₪$€£%]", "");
        if (plain.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = new BigDecimal(plain).doubleValue();
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String format(Number value, String languageTag) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(languageTag));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
