package app.masa.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The layout of every file Masa writes: two spaces per level, "\n" line ends, {@code "key": value},
 * and empty objects and arrays as {@code {}} and {@code []}. Jackson's default printer can be set up
 * the same way, but it encodes each indentation character by character; these indentations are
 * encoded once, which halves the time a large map takes to write. One instance per document, or
 * per part of one written on its own (then starting at the depth where the part stands).
 */
final class CanonicalPrinter implements PrettyPrinter {
    private static final int CACHED_LEVELS = 64;
    private static final SerializedString[] INDENTS = new SerializedString[CACHED_LEVELS];
    private static final SerializedString COLON = new SerializedString(": ");

    static {
        for (int level = 0; level < CACHED_LEVELS; level++) {
            INDENTS[level] = new SerializedString("\n" + "  ".repeat(level));
        }
    }

    private int nesting;

    CanonicalPrinter(int nesting) {
        this.nesting = nesting;
    }

    int nesting() {
        return nesting;
    }

    /** What goes between two values of the array being written: a comma and the next line's indentation. */
    byte[] valueSeparator() {
        return ("," + "\n" + "  ".repeat(nesting)).getBytes(StandardCharsets.UTF_8);
    }

    private void newLine(JsonGenerator g) throws IOException {
        if (nesting < CACHED_LEVELS) {
            g.writeRaw(INDENTS[nesting]);
        } else {
            g.writeRaw("\n" + "  ".repeat(nesting));
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // one document per file: nothing between root values
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(COLON);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        nesting--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        nesting++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        nesting--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
