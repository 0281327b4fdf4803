package app.masa.io.interchange;

import app.masa.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
 * quotes with {@code ""} for a quote inside, line breaks inside quoted fields, CRLF or LF. Jackson's
 * CSV parser splits the records; this class adds what a person importing a spreadsheet needs: the
 * encoding and the delimiter found out, and every problem named by its line.
 */
public final class CsvReader {
    /** The most records one import takes: a map of this many cards is already unreadable. */
    static final int MAX_RECORDS = 20_000;

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

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

    /**
     * The records of the text, each with the line it starts on. Blanks around a field are dropped,
     * so a quote after them still opens the field; a quote inside an unquoted field is kept as written.
     */
    static List<CsvRecord> parse(String text, char delimiter) throws InterchangeException {
        List<CsvRecord> records = new ArrayList<>();
        int recordLine = 1;
        try (CsvParser parser = MAPPER.getFactory().createParser(new StringReader(text))) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            List<String> fields = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    fields.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY) {
                    records.add(new CsvRecord(recordLine, fields));
                    checkSize(records, recordLine);
                    fields = new ArrayList<>();
                    // The parser stands at the start of the next record, past any line breaks inside quotes.
                    recordLine = parser.currentLocation().getLineNr();
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(e, recordLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does not fail
        }
        return records;
    }

    private static InterchangeException malformed(JsonProcessingException e, int recordLine) {
        String problem = e.getOriginalMessage();
        if (problem != null && problem.startsWith("Missing closing quote")) {
            // Jackson notices only at the end of the file; the quote opened in the record being read.
            return InterchangeException.at(recordLine, Messages.get("interchange.csv.unclosedQuote"));
        }
        int line = e.getLocation() == null ? recordLine : e.getLocation().getLineNr();
        return InterchangeException.at(line, Messages.get("interchange.csv.textAfterQuote"));
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
