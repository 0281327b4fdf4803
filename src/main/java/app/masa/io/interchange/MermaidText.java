package app.masa.io.interchange;

import java.util.regex.Pattern;

/**
 * Mermaid's journey syntax ends a task name at ':' and a statement at ';' or '#', and has no escape
 * for them. Masa writes look-alike characters in their place, and reads them back as the originals,
 * so "SMS: the model is in" survives the trip; line breaks become spaces.
 *
 * <p>Mermaid also reads a line by its first word, whatever comes after: a task called "Section
 * leaders call" would open a section, one called "%50 off" would be a comment. Such a name is
 * written behind an invisible word joiner (U+2060), which no keyword starts with and which reading
 * takes off again; a name that itself starts with one gets a second. "%%" near the start of a line
 * makes the rest a comment, so a name's "%%" is written with a word joiner between the two signs.
 * Actors are separated by commas, so a comma inside an actor's name is written as a full-width one.
 */
final class MermaidText {
    private static final String[][] LOOK_ALIKES = {
            {":", "\u2236"},  // RATIO
            {";", "\uFF1B"},  // FULLWIDTH SEMICOLON
            {"#", "\uFF03"},  // FULLWIDTH NUMBER SIGN
    };
    static final String WORD_JOINER = "\u2060";
    private static final String BROKEN_COMMENT = "%" + WORD_JOINER + "%";
    private static final String FULLWIDTH_COMMA = "\uFF0C";
    /** What Mermaid's lexer takes for something other than a task name (it ignores case). */
    private static final Pattern READ_AS_KEYWORD = Pattern.compile(
            "(?i)(title\\s|section\\s|journey\\b|acctitle\\s*:|accdescr\\s*[:{]|%|" + WORD_JOINER + ").*",
            Pattern.DOTALL);

    private MermaidText() {
    }

    static String escape(String text) {
        String result = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        for (String[] pair : LOOK_ALIKES) {
            result = result.replace(pair[0], pair[1]);
        }
        return result;
    }

    /** A task name Mermaid reads as a task name and nothing else. */
    static String escapeTaskName(String text) {
        String result = escape(text).replace("%%", BROKEN_COMMENT);
        return READ_AS_KEYWORD.matcher(result).matches() ? WORD_JOINER + result : result;
    }

    /** An actor's name, which may hold neither ',' nor what a task name may not. */
    static String escapeActor(String text) {
        return escape(text).replace(",", FULLWIDTH_COMMA);
    }

    static String unescapeActor(String text) {
        return unescape(text).replace(FULLWIDTH_COMMA, ",");
    }

    static String unescape(String text) {
        String result = text.startsWith(WORD_JOINER) ? text.substring(1) : text;
        result = result.replace(BROKEN_COMMENT, "%%");
        for (String[] pair : LOOK_ALIKES) {
            result = result.replace(pair[1], pair[0]);
        }
        return result;
    }

    /** Titles may hold ':' in Mermaid, but not ';' or '#'. */
    static String escapeTitle(String text) {
        return escape(text).replace(LOOK_ALIKES[0][1], ":");
    }

    /** The accessible title and description run to the end of their line and may hold anything else. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
