package app.masa.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON bytes into a {@link Node} tree, keeping each value's place. Syntax errors and broken
 * limits end the reading with one problem; a key repeated in one object is reported and reading
 * goes on, so the person sees every such problem at once.
 */
final class LocatedTreeReader {
    private final Problems problems;

    private LocatedTreeReader(Problems problems) {
        this.problems = problems;
    }

    /** The root object, or null when the bytes are not one JSON object (the problem is added). */
    static Node read(byte[] bytes, Problems problems) {
        if (isBlank(bytes)) {
            problems.addFile("io.empty");
            return null;
        }
        JsonParser parser = null;
        try {
            parser = JsonLimits.factory().createParser(bytes);
            return new LocatedTreeReader(problems).readDocument(parser);
        } catch (JsonProcessingException e) {
            ParseFailures.report(e, parser, problems);
            return null;
        } catch (IOException e) {
            problems.addFile("io.syntax.generic");
            return null;
        } finally {
            closeQuietly(parser);
        }
    }

    private Node readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            problems.addAt(at.getLineNr(), at.getByteOffset(), null, "io.notObject");
            return null;
        }
        Node root = readValue(parser, first);
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            problems.addAt(at.getLineNr(), at.getByteOffset(), null, "io.trailing");
            return null;
        }
        return root;
    }

    private Node readValue(JsonParser parser, JsonToken token) throws IOException {
        int line;
        long offset;
        if (parser instanceof ParserBase base) {
            // the same place currentTokenLocation() gives, without a new object for every value
            line = base.getTokenLineNr();
            offset = base.getTokenCharacterOffset() - 1;
        } else {
            JsonLocation at = parser.currentTokenLocation();
            line = at.getLineNr();
            offset = at.getByteOffset();
        }
        if (token == null) {
            throw new JsonEOFException(parser, null, "end-of-input");
        }
        switch (token) {
            case START_OBJECT:
                return Node.object(readMembers(parser), line, offset);
            case START_ARRAY:
                return Node.array(readItems(parser), line, offset);
            case VALUE_STRING:
                return Node.scalar(Node.Kind.STRING, parser.getText(), line, offset);
            case VALUE_NUMBER_INT:
                return Node.scalar(Node.Kind.INTEGER, integerValue(parser), line, offset);
            case VALUE_NUMBER_FLOAT:
                return Node.scalar(Node.Kind.DECIMAL, parser.getDecimalValue(), line, offset);
            case VALUE_TRUE:
                return Node.scalar(Node.Kind.BOOLEAN, Boolean.TRUE, line, offset);
            case VALUE_FALSE:
                return Node.scalar(Node.Kind.BOOLEAN, Boolean.FALSE, line, offset);
            default:
                return Node.scalar(Node.Kind.NULL, null, line, offset);
        }
    }

    private Members readMembers(JsonParser parser) throws IOException {
        Members members = new Members();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end-of-input");
            }
            String name = parser.currentName();
            Node value = readValue(parser, parser.nextToken());
            if (!members.add(name, value)) {
                problems.add(value, null, "validate.duplicateKey", name);
            }
        }
        return members;
    }

    private List<Node> readItems(JsonParser parser) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(parser, token));
        }
        return items;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // nothing was written, so nothing can be lost
            }
        }
    }

    private static Object integerValue(JsonParser parser) throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue() : parser.getLongValue();
    }

    private static boolean isBlank(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
