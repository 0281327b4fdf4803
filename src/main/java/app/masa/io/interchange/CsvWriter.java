package app.masa.io.interchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV that Excel opens with Hebrew intact by a double click: UTF-8 with a byte order mark
 * (without it Excel guesses the system code page and Hebrew turns to gibberish), commas, CRLF line
 * ends as RFC 4180 asks, and quotes around any field holding a comma, semicolon, quote or line break.
 * LibreOffice, Google Sheets and Masa's own reader take the same file. Text that a spreadsheet
 * would run as a formula (a card titled "=HYPERLINK(…)", "+972…", "@home") is written with an
 * apostrophe in front, as spreadsheets themselves mark text; Masa's reader takes it off again.
 */
public final class CsvWriter {
    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";

    private final StringBuilder text = new StringBuilder(BOM);

    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(defused(fields.get(i) == null ? "" : fields.get(i))));
        }
        text.append(LINE_END);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The first characters with which a spreadsheet starts a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    /** Text a spreadsheet would run as a formula gets an apostrophe in front; numbers stay numbers. */
    static String defused(String field) {
        boolean formulaLike = !field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0
                && !NUMBER.matcher(field).matches();
        return formulaLike ? "'" + field : field;
    }

    /** Takes off the apostrophe {@link #defused} put in front. */
    static String restored(String field) {
        return field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0
                ? field.substring(1) : field;
    }

    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf(';') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1))));
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
