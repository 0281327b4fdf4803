package app.masa.io.interchange;

import app.masa.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The YAML block Mermaid allows before a diagram, between two lines of {@code ---}. Masa takes its
 * {@code title} and names every other top-level setting (a theme, a layout, {@code config}) as left
 * out, since a map draws itself. Only the top level is looked at: nested settings belong to the key
 * above them.
 *
 * @param title   the title, or null when the block has none
 * @param ignored the other top-level keys, in the order written
 * @param lines   how many lines the block takes, both {@code ---} lines included; 0 when there is none
 */
record MermaidFrontMatter(String title, List<String> ignored, int lines) {
    private static final String FENCE = "---";

    static MermaidFrontMatter read(String[] text) throws InterchangeException {
        int first = 0;
        while (first < text.length && text[first].isBlank()) {
            first++;
        }
        if (first == text.length || !text[first].strip().equals(FENCE)) {
            return new MermaidFrontMatter(null, List.of(), 0);
        }
        String title = null;
        List<String> ignored = new ArrayList<>();
        for (int i = first + 1; i < text.length; i++) {
            String line = text[i];
            if (line.strip().equals(FENCE)) {
                return new MermaidFrontMatter(title, ignored, i + 1);
            }
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#");
            int colon = line.indexOf(':');
            if (!topLevel || colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            if (key.equals("title")) {
                title = scalar(line.substring(colon + 1));
            } else {
                ignored.add(key);
            }
        }
        throw InterchangeException.at(first + 1, Messages.get("interchange.mermaid.unclosedFrontMatter"));
    }

    /** A plain, single- or double-quoted YAML scalar on one line. */
    private static String scalar(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        int comment = value.indexOf(" #");
        return (comment >= 0 ? value.substring(0, comment) : value).strip();
    }
}
