package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.JourneyFiles;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path folder;

    @Test
    void aCsvLandsOnTheFunnelWithUnknownStagesAdded() throws Exception {
        Path csv = folder.resolve("cards.csv");
        Files.write(csv, "\uFEFFstage;lane;title;score\r\nAwareness;Touchpoints;Flyer;1\r\nLoyalty;Touchpoints;Punch card;2\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Path out = folder.resolve("cards.journey.json");
        CliRun run = CliRun.of("import", csv.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 stages, 2 cards from cards.csv");
        JourneyMap map = JourneyFiles.load(out).maps().get(0);
        assertThat(map.stages()).extracting(Stage::name).startsWith("Awareness").endsWith("Loyalty");
        assertThat(map.cards()).extracting(Card::title).containsExactly("Flyer", "Punch card");
    }

    @Test
    void aMermaidDiagramBecomesAMapInTheChosenLanguage() throws Exception {
        Path mmd = folder.resolve("day.mmd");
        Files.writeString(mmd, "journey\n  title יום בחנות\n  section הגעה\n    חניה: 2: דנה\n");
        Path out = folder.resolve("day.journey.json");
        CliRun run = CliRun.of("--lang", "he", "import", mmd.toString(), "-o", out.toString(), "--template", "funnel");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JourneyMap map = JourneyFiles.load(out).maps().get(0);
        assertThat(map.language()).isEqualTo("he");
        assertThat(map.title()).isEqualTo("יום בחנות");
        assertThat(map.personas()).extracting(p -> p.name()).containsExactly("דנה");
        assertThat(map.cards()).extracting(Card::score).containsExactly(-1);
    }

    @Test
    void theFiguresSourceAndDateComeInAndABadDateIsNamed() throws Exception {
        Path csv = folder.resolve("figures.csv");
        Files.writeString(csv, "stage,lane,title,type,reach,source,measured\n"
                + "Awareness,Touchpoints,Sponsored post,touchpoint,1200,Site analytics,2026-11-01\n");
        Path out = folder.resolve("figures.journey.json");

        assertThat(CliRun.of("import", csv.toString(), "-o", out.toString()).exitCode()).isZero();
        Card card = JourneyFiles.load(out).maps().get(0).cards().get(0);
        assertThat(card.metrics().source()).isEqualTo(app.masa.model.MetricSource.SITE_ANALYTICS);
        assertThat(card.metrics().date()).isEqualTo(java.time.LocalDate.of(2026, 11, 1));

        Files.writeString(csv, "stage,lane,title,measured\nAwareness,Touchpoints,Sponsored post,1/11/26\n");
        CliRun bad = CliRun.of("import", csv.toString(), "-o", folder.resolve("bad.journey.json").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo(csv + ":2: “1/11/26” is not a date: write it as year-month-day, for example 2026-11-01.");
    }

    @Test
    void aWorkbookBringsItsCardsConversionPathsAndStageNpsBack() throws Exception {
        Path grocer = folder.resolve("grocer.journey.json");
        assertThat(CliRun.of("new", "-o", grocer.toString(), "-t", "organic-grocer").exitCode()).isZero();
        Path workbook = folder.resolve("plan.xlsx");
        assertThat(CliRun.of("export", grocer.toString(), "-o", workbook.toString()).exitCode()).isZero();
        Path back = folder.resolve("back.journey.json");

        CliRun run = CliRun.of("import", workbook.toString(), "-o", back.toString(), "--template", "organic-grocer");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JourneyMap before = JourneyFiles.load(grocer).maps().get(0);
        JourneyMap after = JourneyFiles.load(back).maps().get(0);
        assertThat(after.stages()).extracting(Stage::nps).isEqualTo(before.stages().stream().map(Stage::nps).toList());
        assertThat(after.conversionPaths()).hasSameSizeAs(before.conversionPaths()).isNotEmpty();
    }

    @Test
    void aBadStageNpsRowIsNamedBySheetAndRowAndNothingIsWritten() throws Exception {
        Path workbook = folder.resolve("plan.xlsx");
        try (var out = Files.newOutputStream(workbook); var book = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            var cards = book.newWorksheet("Cards");
            cards.value(0, 0, "stage");
            cards.value(0, 1, "title");
            cards.value(1, 0, "Awareness");
            cards.value(1, 1, "Flyer");
            var nps = book.newWorksheet("Stage NPS");
            String[][] rows = {{"stage", "promoters", "passives", "detractors"}, {"Awareness", "-4", "1", "1"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    nps.value(r, c, rows[r][c]);
                }
            }
        }
        Path out = folder.resolve("plan.journey.json");

        CliRun run = CliRun.of("import", workbook.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(workbook
                + ": Sheet “Stage NPS”, row 2: The promoters “-4” is not a whole number of zero or more.");
        assertThat(out).doesNotExist();
    }

    @Test
    void problemsAreNamedWithFileAndLineAndNothingIsWritten() throws Exception {
        Path mmd = folder.resolve("bad.mmd");
        Files.writeString(mmd, "journey\n  section A\n  Make tea: six: Me\n");
        Path out = folder.resolve("bad.journey.json");
        CliRun run = CliRun.of("import", mmd.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo(mmd + ":3: The score “six” is not a number (a task’s score is a number from 1 to 5).");
        assertThat(out).doesNotExist();
    }

    @Test
    void aScoreOffTheScaleIsImportedAndNamed() throws Exception {
        Path mmd = folder.resolve("high.mmd");
        Files.writeString(mmd, "journey\n  section A\n  Make tea: 9: Me\n");
        Path out = folder.resolve("high.journey.json");
        CliRun run = CliRun.of("import", mmd.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().strip())
                .isEqualTo(mmd + ":3: The score “9” of “Make tea” is not a whole number from 1 to 5; it was read as 5.");
        assertThat(Files.readString(out)).contains("\"title\": \"Make tea\"", "\"score\": 2", "\"actors\": [");
    }

    @Test
    void anUnknownExtensionIsAUsageError() {
        CliRun run = CliRun.of("import", folder.resolve("cards.ods").toString(), "-o", folder.resolve("x.journey.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("import a .csv, .xlsx or .mmd file");
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() throws Exception {
        Path mmd = folder.resolve("day.mmd");
        Files.writeString(mmd, "journey\nsection A\nT: 3\n");
        Path out = folder.resolve("day.journey.json");
        Files.writeString(out, "keep me");
        CliRun run = CliRun.of("import", mmd.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("keep me");
    }
}
