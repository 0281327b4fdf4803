package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.analysis.ReportMaps;
import app.masa.io.JourneyFiles;
import app.masa.model.JourneyFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path folder;
    Path journey;

    @BeforeEach
    void writeJourney() throws Exception {
        journey = folder.resolve("funnel.journey.json");
        JourneyFiles.save(journey, JourneyFile.of(ReportMaps.funnelWithNumbers("en"), ReportMaps.funnelWithNumbers("he")
                .withId("funnel-he")));
    }

    @Test
    void printsMarkdownForEveryMapByDefault() {
        CliRun run = CliRun.of("report", journey.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("# Insights: Customer journey: the marketing funnel", "| Total | 15 | 15 | 15 | 15 | 15 |");
        // the second map, in Hebrew: its numbers in shekels, its words in the interface language
        assertThat(run.out()).contains("# Insights: מסע לקוח לפי משפך השיווק", "₪");
    }

    @Test
    void writesOneMapAsHtmlChosenByTheExtension() throws Exception {
        Path out = folder.resolve("report.html");
        CliRun run = CliRun.of("--lang", "he", "report", journey.toString(), "--map", "2", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("dir=\"rtl\"", "<h2>NPS לפי שלב</h2>");
        assertThat(html).doesNotContain("Customer journey");
    }

    @Test
    void aCsvReportOpensInExcel() throws Exception {
        Path out = folder.resolve("report.csv");
        CliRun run = CliRun.of("report", journey.toString(), "--map", "1", "--format", "csv", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("Stage,Answers,Promoters");
    }

    @Test
    void badChoicesAreUsageErrors() {
        assertThat(CliRun.of("report", journey.toString(), "--format", "pdf").err()).contains("use md, csv or html");
        CliRun noMap = CliRun.of("report", journey.toString(), "--map", "7");
        assertThat(noMap.exitCode()).isEqualTo(2);
        assertThat(noMap.err()).contains("from 1 to 2");
    }

    @Test
    void anUnreadableFileIsOnePlainLine() throws Exception {
        Path broken = folder.resolve("broken.journey.json");
        Files.writeString(broken, "{");
        CliRun run = CliRun.of("--lang", "en", "report", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // the reader's own sentence, as it is: not named an unexpected failure
        assertThat(run.err()).contains("broken.journey.json").doesNotContain("Exception", "could not finish");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
