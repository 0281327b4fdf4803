package app.masa.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's technical parse errors into one plain sentence. Jackson names the kind of failure
 * only in its English message, so the kinds that matter to a person are recognised from it; anything
 * else becomes a general "not valid JSON here".
 */
final class ParseFailures {
    private static final Pattern QUOTED_TOKEN = Pattern.compile("(?:token|character \\() ?'([^']{1,40})'");

    private ParseFailures() {
    }

    static void report(JsonProcessingException e, JsonParser parser, Problems problems) {
        JsonLocation at = e.getLocation();
        if (at == null && parser != null) {
            at = parser.currentLocation();
        }
        int line = at == null ? 0 : at.getLineNr();
        long offset = at == null ? -1 : at.getByteOffset();
        String text = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            problems.addAt(line, offset, null, constraintKey(text), limitOf(text));
        } else if (e instanceof JsonEOFException || text.contains("end-of-input")) {
            problems.addAt(line, offset, null, "io.truncated");
        } else if (text.startsWith("Non-standard token")) {
            problems.addAt(line, offset, null, "io.nonFinite", token(text));
        } else if (text.startsWith("Invalid UTF-8")) {
            problems.addAt(line, offset, null, "io.notUtf8");
        } else if (!token(text).isEmpty()) {
            problems.addAt(line, offset, null, "io.syntax", token(text));
        } else {
            problems.addAt(line, offset, null, "io.syntax.generic");
        }
    }

    private static String constraintKey(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "io.tooDeep";
        }
        if (lower.contains("string value length")) {
            return "io.stringTooLong";
        }
        if (lower.contains("number value length")) {
            return "io.numberTooLong";
        }
        if (lower.contains("name length")) {
            return "io.nameTooLong";
        }
        if (lower.contains("document length")) {
            return "io.tooLarge";
        }
        if (lower.contains("token count")) {
            return "io.tooManyValues";
        }
        return "io.syntax.generic";
    }

    private static long limitOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return JsonLimits.MAX_DEPTH;
        }
        if (lower.contains("string value length")) {
            return JsonLimits.MAX_STRING_CHARS;
        }
        if (lower.contains("number value length")) {
            return JsonLimits.MAX_NUMBER_CHARS;
        }
        if (lower.contains("name length")) {
            return JsonLimits.MAX_NAME_CHARS;
        }
        if (lower.contains("token count")) {
            return JsonLimits.MAX_TOKENS;
        }
        return JsonLimits.MAX_FILE_BYTES / (1024 * 1024);
    }

    private static String token(String text) {
        Matcher m = QUOTED_TOKEN.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
