package app.masa.io.interchange;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV that Excel opens with Hebrew intact by a double click: UTF-8 with a byte order mark
 * (without it Excel guesses the system code page and Hebrew turns to gibberish), commas, CRLF line
 * ends as RFC 4180 asks. Jackson's CSV writer quotes a field that holds a comma, quote or line
 * break, and also one with a blank or punctuation in it, which any reader takes the same way.
 * LibreOffice, Google Sheets and Masa's own reader take the same file. Text that a spreadsheet
 * would run as a formula (a card titled "=HYPERLINK(…)", "+972…", "@home") is written with an
 * apostrophe in front, as spreadsheets themselves mark text; Masa's reader takes it off again.
 */
public final class CsvWriter {
    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";

    private static final CsvMapper MAPPER = new CsvMapper();

    private final StringWriter text = new StringWriter();
    private final SequenceWriter rows;

    public CsvWriter() {
        text.write(BOM);
        try {
            rows = MAPPER.writerFor(List.class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(',').withLineSeparator(LINE_END))
                    .writeValues(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a string does not fail
        }
    }

    public CsvWriter row(List<String> fields) {
        List<String> row = new ArrayList<>(fields.size());
        for (String field : fields) {
            row.add(defused(field == null ? "" : field));
        }
        try {
            rows.write(row);
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file as written, byte order mark first. */
    public String text() {
        return text.toString();
    }

    /** The rows alone, without the byte order mark: for text shown or printed rather than saved. */
    public String rowsText() {
        return text().substring(BOM.length());
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The first characters with which a spreadsheet starts a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A signed amount as a spreadsheet reads it: one sign, perhaps a currency symbol, digits with
     * grouping and decimal marks, perhaps a percent sign. With no second operator and no letters it
     * cannot call anything, so "-1,250.50" or "-$500.00" stays a number a spreadsheet can add up.
     */
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?\\p{Sc}?\\d[\\d,.\u00A0\u202F]*%?(?: ?\\p{Sc})?");

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
}
