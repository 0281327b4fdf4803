package app.masa.io.interchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV that Excel opens with Hebrew intact by a double click: UTF-8 with a byte order mark
 * (without it Excel guesses the system code page and Hebrew turns to gibberish), commas, CRLF line
 * ends as RFC 4180 asks, and quotes around any field holding a comma, semicolon, quote or line break.
 * LibreOffice, Google Sheets and Masa's own reader take the same file.
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
            text.append(quoted(fields.get(i) == null ? "" : fields.get(i)));
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

    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf(';') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1))));
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
