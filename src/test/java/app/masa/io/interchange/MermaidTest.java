package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class MermaidTest {
    private static final String WORKDAY = """
            journey
                title My working day
                %% a comment
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me
                  Do work: 1: Me, Cat
                section Go home
                  Go downstairs: 5: Me
                  Sit down: 4
            """;

    private JourneyMap funnel;

    @BeforeEach
    void setUp() throws Exception {
        funnel = TemplateCatalog.builtIn().create("funnel", "en").maps().get(0);
    }

    @Test
    void sectionsBecomeStagesAndTasksTouchpointsOnTheMapsScale() throws Exception {
        JourneyMap map = MermaidReader.read(WORKDAY, funnel);
        assertThat(map.title()).isEqualTo("My working day");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Go to work", "Go home");
        assertThat(map.cards()).extracting(Card::title)
                .containsExactly("Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down");
        assertThat(map.cards()).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(CardType.TOUCHPOINT);
            assertThat(c.laneId()).isEqualTo("touchpoints");
        });
        // 1–5 onto -2…+2: 5 → 2, 3 → 0, 1 → -2, 4 → 1
        assertThat(map.cards()).extracting(Card::score).containsExactly(2, 0, -2, 2, 1);
        assertThat(map.cards()).extracting(Card::order).containsExactly(0, 1, 2, 0, 1);
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Me", "Cat");
        assertThat(map.lanes()).isEqualTo(funnel.lanes());
    }

    @Test
    void scoresAreLaidLinearlyOntoALongerScale() {
        EmotionScale seven = EmotionScale.centred(List.of("1", "2", "3", "4", "5", "6", "7"));
        // seven levels from -3: 1 → -3, 2 → -1.5 rounds to -1, 3 → 0, 5 → 3
        assertThat(MermaidScores.toScale(1, seven)).isEqualTo(-3);
        assertThat(MermaidScores.toScale(2, seven)).isEqualTo(-1);
        assertThat(MermaidScores.toScale(3, seven)).isZero();
        assertThat(MermaidScores.toScale(5, seven)).isEqualTo(3);
        for (int score = 1; score <= 5; score++) {
            assertThat(MermaidScores.fromScale(MermaidScores.toScale(score, seven), seven)).isEqualTo(score);
        }
    }

    @Test
    void malformedLinesAreNamed() {
        assertThatThrownBy(() -> MermaidReader.read("flowchart LR\n  A --> B\n", funnel))
                .hasMessage("Line 1: A Mermaid journey diagram starts with the word “journey” on a line of its own.");
        assertThatThrownBy(() -> MermaidReader.read("journey\n  section A\n  Make tea: lots: Me\n", funnel))
                .hasMessage("Line 3: The score “lots” is not a number (a task’s score is a number from 1 to 5).");
        assertThatThrownBy(() -> MermaidReader.read("\n\njourney\nsection A\nMake tea\n", funnel))
                .isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith("Line 5: “Make tea” is not a title, a section or a task");
        assertThatThrownBy(() -> MermaidReader.read("journey\n  title Nothing\n", funnel))
                .hasMessageContaining("no sections and no tasks");
    }

    @Test
    void tasksBeforeTheFirstSectionGetAStageOfTheirOwn() throws Exception {
        JourneyMap map = MermaidReader.read("journey\nWake up: 2\nsection Work\nType: 4\n", funnel);
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Journey", "Work");
    }

    @Test
    void writesTouchpointsAsTasksWithThePersonasAsActors() {
        JourneyMap map = funnel.withPersonas(List.of(Persona.of("p-1", "Dana, the owner"), Persona.of("p-2", "Avi")));
        String text = MermaidWriter.write(map);
        assertThat(text).startsWith("journey\n    title Customer journey: the marketing funnel\n"
                + "    accTitle: Customer journey: the marketing funnel\n    accDescr: " + funnel.scenario() + "\n"
                + "    section Awareness\n");
        // the sponsored post scores 0 on -2…+2, the middle: 3
        // a comma inside a name is written full-width, so the name stays one actor
        assertThat(text).contains("        Sponsored post: 3: Dana\uFF0C the owner, Avi\n");
        // cards that are not touchpoints are left out
        assertThat(text).doesNotContain("Many similar offers");
    }

    @Test
    void colonsInTitlesSurviveTheTripThroughMermaid() throws Exception {
        JourneyMap map = funnel.withCards(List.of(Card.of("c-1", "awareness", "touchpoints", 0, CardType.TOUCHPOINT,
                "SMS: the model is in; #1").withScore(1)));
        String text = MermaidWriter.write(map);
        assertThat(text).contains("SMS\u2236 the model is in\uFF1B \uFF031: 4\n");
        JourneyMap back = MermaidReader.read(text, funnel);
        assertThat(back.cards()).extracting(Card::title).containsExactly("SMS: the model is in; #1");
        assertThat(back.cards()).extracting(Card::score).containsExactly(1);
    }
}
