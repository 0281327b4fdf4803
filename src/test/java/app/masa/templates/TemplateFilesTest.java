package app.masa.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.templates.TemplateSources.TemplateFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in template file follows the rules of the file format. */
class TemplateFilesTest {

    static Stream<TemplateFile> templates() {
        return TemplateSources.all();
    }

    @Test
    void indexStartsWithACommentAndListsEachIdOnce() {
        assertThat(TemplateSources.rawIndexLines().get(0)).startsWith("#");
        List<String> ids = TemplateSources.indexLines();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void indexListsExactlyTheFilesPresentInBothLanguages() {
        Set<String> promised = new TreeSet<>();
        TemplateSources.all().forEach(t -> promised.add(t.name()));
        assertThat(TemplateSources.filesPresent()).isEqualTo(promised);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void followsTheFileFormat(TemplateFile template) {
        assertThat(TemplateRules.check(template.json())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void declaresTheLanguageAndDirectionOfItsFileName(TemplateFile template) {
        JsonNode map = template.json().path("maps").get(0);
        assertThat(map.path("language").asText()).isEqualTo(template.language());
        assertThat(map.path("direction").asText()).isEqualTo(template.language().equals("he") ? "rtl" : "ltr");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void isPrettyPrintedWithTwoSpacesAndAFinalNewline(TemplateFile template) {
        String text = TemplateSources.text(TemplateSources.FOLDER + template.name());
        assertThat(text).startsWith("{\n  \"format\"").endsWith("}\n").doesNotContain("\t").doesNotContain("\r");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTouchpointIsScoredWhenTheMapHasAnEmotionLane(TemplateFile template) {
        JsonNode map = template.json().path("maps").get(0);
        boolean hasEmotionLane = false;
        for (JsonNode lane : map.path("lanes")) {
            hasEmotionLane |= lane.path("kind").asText().equals("emotion");
        }
        if (!hasEmotionLane) {
            return;
        }
        for (JsonNode card : map.path("cards")) {
            if (card.path("type").asText().equals("touchpoint")) {
                assertThat(card.has("score")).as("score of %s", card.path("id").asText()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void loopsFromTheLastStageBackToTheFirst(TemplateFile template) {
        JsonNode map = template.json().path("maps").get(0);
        JsonNode stages = map.path("stages");
        String first = stages.get(0).path("id").asText();
        String last = stages.get(stages.size() - 1).path("id").asText();
        Set<String> inFirst = new HashSet<>();
        Set<String> inLast = new HashSet<>();
        for (JsonNode card : map.path("cards")) {
            String stage = card.path("stage").asText();
            if (stage.equals(first)) {
                inFirst.add(card.path("id").asText());
            }
            if (stage.equals(last)) {
                inLast.add(card.path("id").asText());
            }
        }
        boolean loops = false;
        for (JsonNode connection : map.path("connections")) {
            loops |= inLast.contains(connection.path("from").asText()) && inFirst.contains(connection.path("to").asText());
        }
        assertThat(loops).as("a connection from %s back to %s", last, first).isTrue();
    }

    @Test
    void theRulesCatchABrokenMap() {
        ObjectNode broken = (ObjectNode) TemplateSources.read("funnel", "en");
        ObjectNode map = (ObjectNode) broken.path("maps").get(0);
        ObjectNode card = (ObjectNode) map.path("cards").get(0);
        card.put("stage", "nowhere");
        card.put("score", 7);
        card.put("channel", "carrier-pigeon");
        ((ObjectNode) map.path("cards").get(1)).put("id", card.path("id").asText());

        assertThat(TemplateRules.check(broken))
                .anySatisfy(p -> assertThat(p).contains("stage \"nowhere\" does not exist"))
                .anySatisfy(p -> assertThat(p).contains("score 7 is outside the scale -2..2"))
                .anySatisfy(p -> assertThat(p).contains("channel \"carrier-pigeon\""))
                .anySatisfy(p -> assertThat(p).contains("is used twice"));
    }

    @Test
    void theRulesCatchBrokenEvidenceAndOpportunityFigures() {
        ObjectNode broken = (ObjectNode) TemplateSources.read("funnel", "en");
        ObjectNode map = (ObjectNode) broken.path("maps").get(0);
        ObjectNode card = (ObjectNode) map.path("cards").get(0);
        card.putObject("evidence").put("backing", "hunch").put("source", "gossip");
        card.putObject("opportunity").put("impact", 9).put("status", "someday");

        assertThat(TemplateRules.check(broken))
                .anySatisfy(p -> assertThat(p).contains("evidence backing \"hunch\""))
                .anySatisfy(p -> assertThat(p).contains("source \"gossip\""))
                .anySatisfy(p -> assertThat(p).contains("opportunity fields on a card that is not an opportunity"))
                .anySatisfy(p -> assertThat(p).contains("opportunity impact 9"))
                .anySatisfy(p -> assertThat(p).contains("status \"someday\""));
    }
}
