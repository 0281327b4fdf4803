package app.masa.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The English and Hebrew versions of a template are one map in two languages: the same ids in the
 * same places, only the words differ.
 */
class TemplateTranslationTest {

    static Stream<String> ids() {
        return TemplateSources.indexLines().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void bothLanguagesShareTheStructure(String id) {
        JsonNode en = TemplateSources.read(id, "en").path("maps");
        JsonNode he = TemplateSources.read(id, "he").path("maps");
        assertThat(structure(he)).isEqualTo(structure(en));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void hebrewTextsAreWrittenInHebrew(String id) {
        for (String text : texts(TemplateSources.read(id, "he").path("maps"))) {
            assertThat(hasHebrew(text)).as("Hebrew letters in \"%s\"", text).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void englishTextsHaveNoHebrew(String id) {
        for (String text : texts(TemplateSources.read(id, "en").path("maps"))) {
            assertThat(hasHebrew(text)).as("Hebrew letters in \"%s\"", text).isFalse();
        }
    }

    /** Everything but the words: ids, places, types, channels, scores, tags, colours, evidence and opportunity figures. */
    private static List<String> structure(JsonNode maps) {
        List<String> out = new ArrayList<>();
        for (JsonNode map : maps) {
            out.add("map " + map.path("id").asText() + " scale " + map.path("scale").path("min") + "/"
                    + map.path("scale").path("labels").size());
            map.path("personas").forEach(p -> out.add("persona " + p.path("id").asText() + " "
                    + p.path("goals").size() + "/" + p.path("needs").size() + "/" + p.path("frustrations").size()));
            map.path("stages").forEach(s -> out.add("stage " + s.path("id").asText() + " " + s.path("width")
                    + " " + s.path("color") + " " + s.has("description")));
            map.path("lanes").forEach(l -> out.add("lane " + l.path("id").asText() + " " + l.path("kind")
                    + " " + l.path("color")));
            map.path("cards").forEach(c -> out.add("card " + c.path("id").asText() + " " + c.path("stage")
                    + " " + c.path("lane") + " " + c.path("order") + " " + c.path("type") + " "
                    + c.path("channel") + " " + c.path("score") + " " + c.path("tags") + " " + c.path("color")
                    + " " + c.has("body") + " " + c.path("evidence") + " " + c.path("opportunity").path("impact")
                    + " " + c.path("opportunity").path("effort") + " " + c.path("opportunity").path("status")
                    + " " + c.path("opportunity").path("answers") + " " + c.path("opportunity").has("owner")));
            map.path("connections").forEach(k -> out.add("connection " + k.path("id").asText() + " "
                    + k.path("from") + " " + k.path("to") + " " + k.has("label")));
        }
        return out;
    }

    /** The words a reader sees: titles, names, bodies, labels, persona texts. */
    private static List<String> texts(JsonNode maps) {
        List<String> out = new ArrayList<>();
        for (JsonNode map : maps) {
            out.add(map.path("title").asText());
            add(out, map.path("scenario"));
            map.path("scale").path("labels").forEach(l -> out.add(l.asText()));
            for (JsonNode p : map.path("personas")) {
                for (String field : List.of("name", "role", "quote")) {
                    add(out, p.path(field));
                }
                for (String list : List.of("goals", "needs", "frustrations")) {
                    p.path(list).forEach(v -> out.add(v.asText()));
                }
            }
            map.path("stages").forEach(s -> {
                out.add(s.path("name").asText());
                add(out, s.path("description"));
            });
            map.path("lanes").forEach(l -> out.add(l.path("title").asText()));
            map.path("cards").forEach(c -> {
                out.add(c.path("title").asText());
                add(out, c.path("body"));
                add(out, c.path("opportunity").path("owner"));
            });
            map.path("connections").forEach(k -> add(out, k.path("label")));
        }
        return out;
    }

    private static void add(List<String> out, JsonNode text) {
        if (text.isTextual() && !text.asText().isBlank()) {
            out.add(text.asText());
        }
    }

    static boolean hasHebrew(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW);
    }
}
