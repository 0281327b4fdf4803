package app.masa.room;

import app.masa.i18n.MarkupText;
import app.masa.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The one page phones load, in the map's language and direction, with its words inside as data
 * (the page's script reads them; the Content-Security-Policy lets no inline script run).
 */
final class PhonePage {
    private static final String PREFIX = "room.page.";
    private volatile Locale locale = Locale.ENGLISH;
    private volatile String html;

    void language(RoomSession session) {
        // The page is made once per session: the map's language does not change while phones join.
        locale = Locale.forLanguageTag(session.viewLanguage());
        html = render(locale);
    }

    Locale locale() {
        return locale;
    }

    String html() {
        return html;
    }

    static String render(Locale locale) {
        String template = template();
        boolean rtl = "he".equals(locale.getLanguage());
        return template.replace("{{lang}}", locale.getLanguage())
                .replace("{{dir}}", rtl ? "rtl" : "ltr")
                .replace("{{title}}", MarkupText.escape(Messages.get(locale, "room.page.title")))
                .replace("{{words}}", words(locale));
    }

    /** Every page word of the bundle, as JSON safe to put inside a script data block. */
    private static String words(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        TreeMap<String, String> words = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX)) {
                words.put(key.substring(PREFIX.length()), bundle.getString(key));
            }
        }
        try {
            return new ObjectMapper().writeValueAsString(words)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("words are plain strings", e);
        }
    }

    private static String template() {
        try (InputStream in = PhonePage.class.getResourceAsStream("page/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the room's page is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
