package app.masa.io.interchange;

import app.masa.i18n.Messages;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it, and as spreadsheets write it: UTF-8 with or without a byte
 * order mark, comma or semicolon between fields (whichever the header uses more), fields in double
 * quotes with {@code ""} for a quote inside, line breaks inside quoted fields, CRLF or LF.
 * Written by hand because no CSV library is on the class path and the format is this small.
 */
public final class CsvReader {
    /** The most records one import takes: a map of this many cards is already unreadable. */
    static final int MAX_RECORDS = 20_000;

    private CsvReader() {
    }

    public static CsvTable read(byte[] bytes) throws InterchangeException {
        return read(decode(bytes));
    }

    public static CsvTable read(String text) throws InterchangeException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = detectDelimiter(body);
        List<CsvRecord> records = parse(body, delimiter);
        while (!records.isEmpty() && records.get(0).isBlank()) {
            records.remove(0);
        }
        if (records.isEmpty()) {
            throw InterchangeException.at(1, Messages.get("interchange.csv.empty"));
        }
        CsvRecord header = records.remove(0);
        records.removeIf(CsvRecord::isBlank);
        return new CsvTable(header.fields().stream().map(String::strip).toList(), records, delimiter);
    }

    /** UTF-8 text of the bytes; a byte that is not UTF-8 is named by its line (a file saved as Windows-1255, say). */
    static String decode(byte[] bytes) throws InterchangeException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw InterchangeException.at(lineOfByte(bytes, in.position()), Messages.get("interchange.notUtf8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The delimiter of the first line (outside quotes): a semicolon when there are more of them than commas. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static List<CsvRecord> parse(String text, char delimiter) throws InterchangeException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                // a quote opens a field only at its start; elsewhere it is kept as written, as spreadsheets do
                quoted = true;
                quoteLine = line;
                field.setLength(0);
                fieldStarted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new CsvRecord(recordLine, fields));
                checkSize(records, line);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw InterchangeException.at(quoteLine, Messages.get("interchange.csv.unclosedQuote"));
        }
        if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, fields));
        }
        return records;
    }

    private static void checkSize(List<CsvRecord> records, int line) throws InterchangeException {
        if (records.size() > MAX_RECORDS) {
            throw InterchangeException.at(line, Messages.get("interchange.csv.tooLong", MAX_RECORDS));
        }
    }

    private static int lineOfByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
