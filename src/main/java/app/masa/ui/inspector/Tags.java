package app.masa.ui.inspector;

import java.util.ArrayList;
import java.util.List;

/** Tags typed as one line, separated by commas: blanks and repeats dropped, order kept. */
final class Tags {
    private Tags() {
    }

    static String format(List<String> tags) {
        return String.join(", ", tags);
    }

    static List<String> parse(String text) {
        List<String> tags = new ArrayList<>();
        for (String part : text.split(",")) {
            String tag = part.strip();
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
