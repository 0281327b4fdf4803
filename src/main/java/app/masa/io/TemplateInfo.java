package app.masa.io;

import java.util.List;
import java.util.Map;

/**
 * A built-in template as the template list shows it.
 *
 * @param titles the map title in each language the template is written in
 * @param languages the languages, in the order they are offered ("en", "he")
 */
public record TemplateInfo(String id, Map<String, String> titles, List<String> languages) {
    public TemplateInfo {
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
    }

    /** The title in a language, else in the template's first language. */
    public String title(String language) {
        String title = titles.get(language);
        if (title == null && !languages.isEmpty()) {
            title = titles.get(languages.get(0));
        }
        return title == null ? id : title;
    }
}
