package app.masa.io.interchange;

/**
 * Mermaid's journey syntax ends a task name at ':' and a statement at ';' or '#', and has no escape
 * for them. Masa writes look-alike characters in their place, and reads them back as the originals,
 * so "SMS: the model is in" survives the trip; line breaks become spaces.
 */
final class MermaidText {
    private static final String[][] LOOK_ALIKES = {
            {":", "\u2236"},  // RATIO
            {";", "\uFF1B"},  // FULLWIDTH SEMICOLON
            {"#", "\uFF03"},  // FULLWIDTH NUMBER SIGN
    };

    private MermaidText() {
    }

    static String escape(String text) {
        String result = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        for (String[] pair : LOOK_ALIKES) {
            result = result.replace(pair[0], pair[1]);
        }
        return result;
    }

    static String unescape(String text) {
        String result = text;
        for (String[] pair : LOOK_ALIKES) {
            result = result.replace(pair[1], pair[0]);
        }
        return result;
    }

    /** Titles may hold ':' in Mermaid, but not ';' or '#'. */
    static String escapeTitle(String text) {
        return escape(text).replace(LOOK_ALIKES[0][1], ":");
    }
}
