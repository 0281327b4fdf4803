package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class CsvCardImportTest {
    private JourneyMap funnel;

    @BeforeEach
    void setUp() throws Exception {
        funnel = MapFrames.blank(TemplateCatalog.builtIn().create("funnel", "en").maps().get(0));
    }

    @Test
    void placesCardsByStageAndLaneNamesWithTheirFiguresAndScores() throws Exception {
        CsvTable table = CsvReader.read("""
                Stage,Lane,Title,Text,Type,Channel,Score,Reach,Conversions,CSAT,Cost
                Awareness,Touchpoints,Sponsored post,In the feed,touchpoint,social,1,"12,000",240,4.5,300
                awareness,pain-points,Too many offers,,,,,,,,
                Purchase,,Pays at the till,,,Store,-1,,,,
                """);
        CsvImportResult result = CsvCardImport.apply(funnel, table, CsvMapping.guess(table.header()), UnknownPlaces.REPORT);
        assertThat(result.problems()).isEmpty();
        assertThat(result.newStages()).isEmpty();
        List<Card> cards = result.map().cards();
        assertThat(cards).hasSize(3);
        Card post = cards.get(0);
        assertThat(post.stageId()).isEqualTo("awareness");
        assertThat(post.laneId()).isEqualTo("touchpoints");
        assertThat(post.body()).isEqualTo("In the feed");
        assertThat(post.channel()).isEqualTo(Channel.SOCIAL);
        assertThat(post.score()).isEqualTo(1);
        assertThat(post.metrics().reach()).isEqualTo(12_000L);
        assertThat(post.metrics().conversions()).isEqualTo(240L);
        assertThat(post.metrics().csat()).isEqualTo(4.5);
        assertThat(post.metrics().cost()).isEqualTo(300.0);
        // no type: the lane is named after pain points
        assertThat(cards.get(1).type()).isEqualTo(CardType.PAIN_POINT);
        // no lane: the touchpoints lane; the channel written as its label
        assertThat(cards.get(2).laneId()).isEqualTo("touchpoints");
        assertThat(cards.get(2).channel()).isEqualTo(Channel.STORE);
        assertThat(cards.get(2).type()).isEqualTo(CardType.TOUCHPOINT);
    }

    /** A spreadsheet runs a cell starting with = + - @ as a formula: exported text is marked as text. */
    @Test
    void textThatLooksLikeAFormulaIsExportedAsTextAndReadBackUnchanged() throws Exception {
        List<String> titles = List.of("=HYPERLINK(\"http://example.com\",\"win\")", "+972 50 000 0000", "@home",
                "-fast delivery", "=2+3");
        List<Card> cards = new java.util.ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            cards.add(Card.of("c-" + i, "awareness", "touchpoints", i, CardType.TOUCHPOINT, titles.get(i)).withScore(-1));
        }
        JourneyMap map = funnel.withCards(cards);

        String csv = CsvCardExport.text(map);
        assertThat(csv).contains("\"'=HYPERLINK(", "'+972 50", "'@home", "'-fast delivery", "'=2+3")
                .doesNotContain(",=", ",+9", ",@", ",-fast");
        assertThat(csv).contains(",-1");

        CsvTable table = CsvReader.read(csv);
        CsvImportResult result = CsvCardImport.apply(funnel, table, CsvMapping.guess(table.header()), UnknownPlaces.REPORT);
        assertThat(result.problems()).isEmpty();
        assertThat(result.map().cards()).extracting(Card::title).containsExactlyElementsOf(titles);
        assertThat(result.map().cards()).extracting(Card::score).containsOnly(-1);
    }

    @Test
    void readsHebrewHeadersAndCreatesUnknownStagesAndLanesInOrder() throws Exception {
        CsvTable table = CsvReader.read("""
                שלב;נתיב;כותרת;ערוץ
                Awareness;Touchpoints;פוסט ממומן;רשתות חברתיות
                ביקור חוזר;המלצות;חבר מביא חבר;
                ביקור חוזר;Touchpoints;שובר;
                """);
        CsvImportResult result = CsvCardImport.apply(funnel, table, CsvMapping.guess(table.header()), UnknownPlaces.CREATE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.newStages()).extracting(s -> s.name()).containsExactly("ביקור חוזר");
        assertThat(result.newLanes()).extracting(l -> l.title()).containsExactly("המלצות");
        JourneyMap map = result.map();
        assertThat(map.stages().get(map.stages().size() - 1).name()).isEqualTo("ביקור חוזר");
        assertThat(map.cards()).extracting(Card::title).containsExactly("פוסט ממומן", "חבר מביא חבר", "שובר");
        assertThat(map.cards().get(0).channel()).isEqualTo(Channel.SOCIAL);
        assertThat(map.cards().get(1).stageId()).isEqualTo(map.cards().get(2).stageId());
    }

    @Test
    void reportsUnknownStagesAndLanesWithTheirLinesWhenAskedTo() throws Exception {
        CsvTable table = CsvReader.read("""
                stage,lane,title
                Loyalty,Touchpoints,Card
                Awareness,Touchpoints,Ad
                Loyalty,Ideas,Points
                """);
        CsvImportResult result = CsvCardImport.apply(funnel, table, CsvMapping.guess(table.header()), UnknownPlaces.REPORT);
        assertThat(result.isOk()).isFalse();
        assertThat(result.map()).isEqualTo(funnel);
        assertThat(result.problems()).extracting(LineProblem::toString).containsExactly(
                "Line 2: The map has no stage “Loyalty” (lines 2, 4).",
                "Line 4: The map has no lane “Ideas” (lines 4).");
    }

    @Test
    void namesEveryBadValueWithItsLine() throws Exception {
        CsvTable table = CsvReader.read("""
                stage,title,score,type,channel,csat
                Awareness,Ad,7,touchpoint,social,
                Awareness,Chat,1,tuchpoint,,
                Awareness,Call,,,fax,
                Awareness,Survey,,,,6
                Awareness,,,,,
                """);
        CsvImportResult result = CsvCardImport.apply(funnel, table, CsvMapping.guess(table.header()), UnknownPlaces.CREATE);
        assertThat(result.problems()).extracting(LineProblem::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(result.problems().get(0).message()).contains("“7”", "from -2 to 2");
        assertThat(result.problems().get(1).message()).contains("“tuchpoint”", "pain-point");
        assertThat(result.problems().get(3).message()).isEqualTo("The csat “6” is not a number from 1 to 5.");
    }

    @Test
    void aMappingChosenByHandOverridesTheHeader() throws Exception {
        CsvTable table = CsvReader.read("A,B\nAwareness,Flyer\n");
        CsvMapping mapping = CsvMapping.guess(table.header()).with(CardField.STAGE, 0).with(CardField.TITLE, 1);
        CsvImportResult result = CsvCardImport.apply(funnel, table, mapping, UnknownPlaces.REPORT);
        assertThat(result.cards()).extracting(Card::title).containsExactly("Flyer");
    }

    @Test
    void withoutATitleColumnNothingIsImported() throws Exception {
        CsvTable table = CsvReader.read("stage,notes-x\nAwareness,x\n");
        CsvImportResult result = CsvCardImport.apply(funnel, table, CsvMapping.guess(table.header()), UnknownPlaces.CREATE);
        assertThat(result.problems()).extracting(LineProblem::toString)
                .containsExactly("Line 1: No column is used for “title”. Name one in the first line, or choose it in the column mapping.");
    }
}
