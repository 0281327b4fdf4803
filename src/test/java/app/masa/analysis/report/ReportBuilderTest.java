package app.masa.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.analysis.ReportMaps;
import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class ReportBuilderTest {
    @Test
    void markdownShowsEverySectionWithNumbersOfTheMapsLanguage() throws Exception {
        String md = ReportFormat.MARKDOWN.write(List.of(ReportBuilder.build(ReportMaps.funnelWithNumbers("en"))));
        assertThat(md).startsWith("# Insights: Customer journey: the marketing funnel\n");
        assertThat(md).contains("## Pain points by stage", "## Unanswered touchpoint questions");
        // expected "Very positive" (2), experienced "Neutral" (0)
        assertThat(md).contains("| Awareness | Sponsored post | \u200E+2 (Very positive) | 0 (Neutral) | \u200E\u22122 | Yes |");
        // 240 of 12,000 is 2%; cost in dollars for an English map
        assertThat(md).contains("| Awareness | Sponsored post | 12,000 | 240 | 2% |  | $1,500.00 |");
        // last, first, linear, time decay (half-life 2: 0.5^(1/2)/(1 + 0.5^(1/2)) = 0.414 of 10), position-based
        assertThat(md).contains("| Social | 0 | 10 | 5 | 4.1 | 5 |");
        assertThat(md).contains("| Website | 10 | 0 | 5 | 5.9 | 5 |");
        assertThat(md).contains("| Email | 5 | 5 | 5 | 5 | 5 |");
        assertThat(md).contains("| Total | 15 | 15 | 15 | 15 | 15 |");
        assertThat(md).contains("| Social | $0.00 | $1,000.00 | $500.00 | $414.21 | $500.00 |");
        // 6 promoters, 2 passives, 2 detractors: 60% − 20% = +40 (after an invisible left-to-right mark)
        assertThat(md).contains("| Awareness | 10 | 60% | 20% | 20% | \u200E+40 |");
    }

    @Test
    void aHebrewMapCountsInShekels() throws Exception {
        Report report = ReportBuilder.build(ReportMaps.funnelWithNumbers("he"));
        String csv = ReportFormat.CSV.write(List.of(report));
        assertThat(csv).contains("₪");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void aCsvReportWritesACardTitledLikeAFormulaAsText() throws Exception {
        var map = ReportMaps.funnelWithNumbers("en");
        map = map.withCards(map.cards().stream()
                .map(c -> c.id().equals("c-sponsored-post") ? c.withTitle("=HYPERLINK(\"http://x\",\"ad\")") : c)
                .toList());
        List<Report> reports = List.of(ReportBuilder.build(map));
        String csv = ReportFormat.CSV.write(reports);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"ad\"\")\"").doesNotContain(",=HYPERLINK");
        assertThat(csv).doesNotStartWith("\uFEFF");
        assertThat(new String(ReportFormat.CSV.file(reports), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + csv);
    }

    @Test
    void anEmptyMapSaysWhatIsMissingInstead() throws Exception {
        var map = ReportMaps.funnelWithNumbers("en");
        map = map.withConversionPaths(List.of()).withCards(List.of());
        String md = ReportFormat.MARKDOWN.write(List.of(ReportBuilder.build(map)));
        assertThat(md).contains("_No pain points on the map yet._", "_No conversion paths recorded yet.");
    }

    @Test
    void htmlIsRightToLeftInHebrewAndEscapesText() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("he"));
        var map = ReportMaps.funnelWithNumbers("he").withTitle("<b>מסע</b>");
        String html = ReportFormat.HTML.write(List.of(ReportBuilder.build(map)));
        assertThat(html).contains("<html lang=\"he\" dir=\"rtl\">", "&lt;b&gt;מסע&lt;/b&gt;");
        assertThat(html).doesNotContain("<b>מסע");
    }
}
