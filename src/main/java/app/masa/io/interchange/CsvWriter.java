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
}
