package app.masa.io.interchange;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Numbers as spreadsheets write them: "1234", "1,234", "1 234", "12.5", or "12,5" in a file whose
 * fields are separated by semicolons (where the comma is the decimal separator), with a currency sign
 * or percent sign left over from formatting.
 */
final class CsvNumbers {
    private CsvNumbers() {
    }

    static OptionalDouble parse(String text, char delimiter) {
        String plain = text.replaceAll("[\\s\u00A0\u202F\u200E\u200F₪$€£%]", "");
        if (plain.isEmpty()) {
            return OptionalDouble.empty();
        }
        boolean comma = plain.indexOf(',') >= 0;
        boolean dot = plain.indexOf('.') >= 0;
        if (comma && dot) {
            // whichever comes last separates the decimals: "1,234.5" or "1.234,5"
            plain = plain.lastIndexOf(',') > plain.lastIndexOf('.')
                    ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        } else if (comma) {
            plain = delimiter == ';' ? plain.replace(',', '.') : plain.replace(",", "");
        }
        try {
            double value = new BigDecimal(plain).doubleValue();
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A number as Masa writes it: no grouping, a dot for decimals, no trailing ".0". */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
