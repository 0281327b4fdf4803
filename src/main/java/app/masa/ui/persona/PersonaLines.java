package app.masa.ui.persona;

import java.util.ArrayList;
import java.util.List;

/** Goals, needs and frustrations are typed one per line: blank lines and stray spaces are dropped. */
final class PersonaLines {
    private PersonaLines() {
    }

    static List<String> parse(String text) {
        List<String> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String item = line.strip();
            if (item.startsWith("\u2022 ") || item.startsWith("- ")) {
                item = item.substring(2).strip();
            }
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    static String format(List<String> items) {
        return String.join("\n", items);
    }
}
