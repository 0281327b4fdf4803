package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.Nps;
import app.masa.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in template, in every language, goes out as CSV and Mermaid and comes back whole. */
class TemplateRoundTripTest {
    @TempDir
    Path folder;

    static Stream<Arguments> templates() {
        List<Arguments> all = new ArrayList<>();
        for (TemplateInfo info : TemplateCatalog.builtIn().list()) {
            for (String language : info.languages()) {
                all.add(Arguments.of(info.id(), language));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("templates")
    void csvKeepsEveryCardInItsCellWithItsScoreAndFigures(String id, String language) throws Exception {
        assertCardsComeBackThrough(id, language, "csv");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("templates")
    void anExcelWorkbookKeepsEveryCardInItsCellWithItsScoreAndFigures(String id, String language) throws Exception {
        assertCardsComeBackThrough(id, language, "xlsx");
    }

    private void assertCardsComeBackThrough(String id, String language, String extension) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create(id, language).maps().get(0);
        Path file = folder.resolve(id + "." + extension);
        Interchange.export(map, file);
        JourneyMap back = Interchange.read(file, map, UnknownPlaces.REPORT);
        assertThat(back.stages()).isEqualTo(map.stages());
        assertThat(cells(back)).isEqualTo(cells(map));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("templates")
    void anExcelWorkbookBringsBackTheConversionPathsAndTheStageNps(String id, String language) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create(id, language).maps().get(0);
        Path file = folder.resolve(id + ".xlsx");
        Interchange.export(map, file);
        JourneyMap frame = map.withConversionPaths(List.of())
                .withStages(map.stages().stream().map(stage -> stage.withNps(Nps.EMPTY)).toList());

        JourneyMap back = Interchange.read(file, frame, UnknownPlaces.REPORT);

        assertThat(back.stages()).isEqualTo(map.stages());
        assertThat(paths(back)).isNotEmpty().isEqualTo(paths(map));
    }

    /** Each path as its steps' titles (a card comes back under a new id), conversions and value. */
    private static List<String> paths(JourneyMap map) {
        return map.conversionPaths().stream().map(path -> path.steps().stream()
                .map(step -> map.card(step).map(Card::title).orElse(step)).toList()
                + " " + path.conversions() + " " + path.value()).toList();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("templates")
    void mermaidKeepsTheTitleStagesTouchpointsAndScores(String id, String language) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create(id, language).maps().get(0);
        Path file = folder.resolve(id + ".mmd");
        Interchange.export(map, file);
        assertThat(Files.readString(file)).startsWith("journey\n");
        JourneyMap back = Interchange.read(file, map, UnknownPlaces.REPORT);
        assertThat(back.title()).isEqualTo(map.title());
        assertThat(back.stages()).extracting(Stage::name).isEqualTo(map.stages().stream().map(Stage::name).toList());
        assertThat(touchpoints(back)).isEqualTo(touchpoints(map));
    }

    /** Each card as the things a round trip must keep: where it is, what it says, how it scores. */
    private static List<String> cells(JourneyMap map) {
        List<String> rows = new ArrayList<>();
        for (Stage stage : map.stages()) {
            map.lanes().forEach(lane -> map.cardsIn(stage.id(), lane.id()).forEach(card -> rows.add(String.join(" | ",
                    stage.id(), lane.id(), card.title(), card.body(), card.type().name(), String.valueOf(card.channel()),
                    String.valueOf(card.score()), String.valueOf(card.expectedScore()), String.valueOf(card.metrics())))));
        }
        return rows;
    }

    private static List<String> touchpoints(JourneyMap map) {
        List<String> rows = new ArrayList<>();
        for (Card card : map.touchpointsInJourneyOrder()) {
            // Mermaid has no "not rated": an unrated touchpoint comes back at the middle of the scale
            Integer score = card.score() == null ? 0 : card.score();
            rows.add(map.stage(card.stageId()).map(Stage::name).orElseThrow() + " | " + card.title() + " | " + score);
        }
        assertThat(map.cards().stream().filter(c -> c.type() == CardType.TOUCHPOINT)).isNotEmpty();
        return rows;
    }
}
