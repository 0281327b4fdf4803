package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.io.JourneyCodec;
import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Diagrams written the ways Mermaid's documentation shows (front matter, accessible title and
 * description, comments, actors per task, scores off the scale) come into a map and go back out
 * without losing a task, an actor, a title or a description. {@code scripts/check-mermaid.sh}
 * puts the same files, and every template's export, through Mermaid's own parser.
 */
@InterfaceLanguage("en")
class MermaidCorpusTest {
    private static final String CORPUS = "/app/masa/io/interchange/mermaid/";

    private JourneyMap funnel;

    @BeforeEach
    void setUp() throws Exception {
        funnel = TemplateCatalog.builtIn().create("funnel", "en").maps().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"market-day", "front-matter", "accessibility", "one-line-description", "scores-outside",
            "actors-per-task", "comments"})
    void aDiagramComesBackFromTheMapAsItWent(String name) throws Exception {
        JourneyMap first = MermaidReader.read(corpus(name + ".mmd"), funnel);
        MermaidImport second = MermaidReader.readWithNotes(MermaidWriter.write(first), funnel);

        assertThat(meaning(second.map())).isEqualTo(meaning(first));
        assertThat(second.notes()).as("nothing changed on the second way in").isEmpty();
    }

    @Test
    void frontMatterGivesTheTitleAndNamesTheSettingsLeftOut() throws Exception {
        MermaidImport read = MermaidReader.readWithNotes(corpus("front-matter.mmd"), funnel);

        assertThat(read.map().title()).isEqualTo("Booking a haircut");
        assertThat(read.map().stages()).extracting(Stage::name).containsExactly("Booking", "Visit");
        assertThat(read.notes()).extracting(LineProblem::toString).containsExactly(
                "Line 1: The setting “config” at the top of the diagram was not imported: the map keeps its own look.");
    }

    @Test
    void anUnclosedFrontMatterIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> MermaidReader.read("---\ntitle: Half\njourney\nsection A\nTask: 3\n", funnel))
                .hasMessage("Line 1: The settings block at the top opens with “---” but has no closing “---”.");
    }

    @Test
    void scoresOffTheScaleArePulledOntoItWithANote() throws Exception {
        MermaidImport read = MermaidReader.readWithNotes(corpus("scores-outside.mmd"), funnel);

        // Mermaid 0 → 1 → -2, 7 → 5 → +2, 3.6 → 4 → +1, 5 → +2 on the funnel's -2…+2
        assertThat(read.map().cards()).extracting(Card::score).containsExactly(-2, 2, 1, 2);
        assertThat(read.notes()).extracting(LineProblem::toString).containsExactly(
                "Line 4: The score “0” of “A score of zero” is not a whole number from 1 to 5; it was read as 1.",
                "Line 5: The score “7” of “A score of seven” is not a whole number from 1 to 5; it was read as 5.",
                "Line 6: The score “3.6” of “A score with a fraction” is not a whole number from 1 to 5; it was read as 4.");
    }

    @Test
    void eachTaskKeepsItsOwnActors() throws Exception {
        JourneyMap map = MermaidReader.read(corpus("actors-per-task.mmd"), funnel);

        assertThat(map.cards()).extracting(c -> c.touchpoint().actors()).containsExactly(
                List.of("Owner"), List.of("Owner", "Assistant"), List.of("Assistant"), List.of("Assistant", "Customer"),
                List.of("Customer"), List.of());
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Owner", "Assistant", "Customer");
        assertThat(MermaidWriter.write(map)).contains("        Count the till: 3: Owner, Assistant\n",
                "        Put out the sign: 5: Assistant\n", "        Leave without buying: 2\n");
    }

    @Test
    void theAccessibleDescriptionBecomesTheScenarioAndComesBack() throws Exception {
        JourneyMap block = MermaidReader.read(corpus("accessibility.mmd"), funnel);
        assertThat(block.title()).isEqualTo("Returning a parcel");
        assertThat(block.scenario())
                .isEqualTo("How a customer sends back a jacket that did not fit, from the form to the refund.");
        assertThat(MermaidWriter.write(block)).contains("    accTitle: Returning a parcel\n",
                "    accDescr: How a customer sends back a jacket that did not fit, from the form to the refund.\n");

        JourneyMap line = MermaidReader.read(corpus("one-line-description.mmd"), funnel);
        assertThat(line.title()).as("the accessible title, when there is no other").isEqualTo("Evening class sign-up");
        assertThat(line.scenario()).isEqualTo("A learner finds a pottery class and signs up for the spring term.");
    }

    @Test
    void commentsDirectivesAndTrailingRemarksAreSkipped() throws Exception {
        JourneyMap map = MermaidReader.read(corpus("comments.mmd"), funnel);

        assertThat(map.title()).isEqualTo("Dinner out");
        assertThat(map.cards()).extracting(Card::title)
                .containsExactly("Greeted at the door", "Shown to a table", "Order the special");
    }

    @Test
    void namesThatLookLikeKeywordsAreWrittenSoNothingIsDropped() throws Exception {
        JourneyMap map = JourneyCodec.read(corpus("keyword-titles.journey.json").getBytes(StandardCharsets.UTF_8),
                "keyword-titles").maps().get(0);
        String text = MermaidWriter.write(map);

        for (String line : text.split("\n")) {
            String statement = line.strip();
            assertThat(statement).as("a line Mermaid would skip or misread")
                    .doesNotStartWith("%").doesNotStartWith("#").doesNotMatch("(?i)journey\\b.+")
                    .doesNotMatch("(?i)(title|section)\\s.*:\\s*\\d.*").doesNotMatch("(?i)accdescr\\s*\\{.*");
        }
        JourneyMap back = MermaidReader.read(text, funnel);
        List<String> expected = new ArrayList<>();
        for (Card card : map.touchpointsInJourneyOrder()) {
            expected.add(!card.title().isBlank() ? card.title() : !card.body().isBlank() ? card.body() : card.id());
        }
        assertThat(back.cards()).extracting(Card::title).containsExactlyElementsOf(expected);
        assertThat(back.title()).isEqualTo(map.title());
        assertThat(back.stages()).extracting(Stage::name)
                .containsExactlyElementsOf(map.stages().stream().map(Stage::name).toList());
        assertThat(back.cards().get(6).touchpoint().actors()).containsExactly("Dana, owner", "Avi");
    }

    static Stream<Arguments> templates() {
        return TemplateCatalog.builtIn().offered().stream()
                .flatMap(t -> t.languages().stream().map(language -> Arguments.of(t.id(), language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templates")
    void everyTemplateGoesOutAndComesBackWithEveryTouchpoint(String id, String language) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create(id, language).maps().get(0);
        JourneyMap back = MermaidReader.read(MermaidWriter.write(map), map);

        assertThat(back.title()).isEqualTo(map.title());
        assertThat(back.scenario()).isEqualTo(map.scenario().replaceAll("\\s*\\n\\s*", " ").strip());
        assertThat(back.stages()).extracting(Stage::name)
                .containsExactlyElementsOf(map.stages().stream().map(Stage::name).toList());
        List<Card> touchpoints = map.touchpointsInJourneyOrder();
        assertThat(back.cards()).extracting(Card::title)
                .containsExactlyElementsOf(touchpoints.stream().map(Card::title).toList());
        assertThat(back.cards()).extracting(Card::score)
                .containsExactlyElementsOf(touchpoints.stream().map(c -> c.score() == null ? 0 : c.score()).toList());
    }

    /** What a diagram says: title, description, sections, and each task's name, score and actors. */
    private static List<String> meaning(JourneyMap map) {
        List<String> out = new ArrayList<>();
        out.add("title " + map.title());
        out.add("scenario " + map.scenario());
        for (Stage stage : map.stages()) {
            out.add("section " + stage.name());
            map.cards().stream().filter(c -> c.stageId().equals(stage.id()))
                    .forEach(c -> out.add(c.title() + " " + c.score() + " " + c.touchpoint().actors()));
        }
        return out;
    }

    private static String corpus(String name) throws IOException {
        try (InputStream in = MermaidCorpusTest.class.getResourceAsStream(CORPUS + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
