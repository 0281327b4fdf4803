package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.analysis.report.Report;
import app.masa.analysis.report.ReportBuilder;
import app.masa.analysis.report.ReportSection;
import app.masa.i18n.InterfaceLanguage;
import app.masa.io.TemplateCatalog;
import app.masa.model.JourneyMap;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class PdfReportPagesTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));

    private final Path dir = TestMaps.tempDir();

    @Test
    void theReportFollowsTheMapOnItsOwnPagesWithItsHeadingsAPainPointAndABookmark() throws Exception {
        JourneyMap map = grocer("en");
        Path plain = export(map, OPTIONS, "plain");
        Path withReport = export(map, OPTIONS.withReport(true), "report");
        try (PDDocument without = Loader.loadPDF(plain.toFile()); PDDocument with = Loader.loadPDF(withReport.toFile())) {
            int mapPages = without.getNumberOfPages();
            assertThat(with.getNumberOfPages()).isGreaterThan(mapPages);
            PDRectangle paper = with.getPage(mapPages).getMediaBox();
            assertThat(new float[] {paper.getWidth(), paper.getHeight()}).containsExactly(595.28f, 841.89f);

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(mapPages + 1);
            String report = TestMaps.normalized(stripper.getText(with));
            Report expected = ReportBuilder.build(map);
            for (ReportSection section : expected.sections()) {
                assertThat(report).contains(TestMaps.normalized(section.heading()));
            }
            assertThat(report).contains(TestMaps.normalized(painPointTitle(expected)));

            PDOutlineItem mapItem = with.getDocumentCatalog().getDocumentOutline().getFirstChild();
            PDOutlineItem insights = mapItem.getFirstChild();
            assertThat(insights).isNotNull();
            assertThat(insights.getTitle()).isEqualTo("Insights");
            PDPage target = ((PDPageDestination) insights.getDestination()).getPage();
            assertThat(with.getPages().indexOf(target)).isEqualTo(mapPages);
        }
        assertValid(withReport);
    }

    @Test
    @InterfaceLanguage("he")
    void aHebrewReportIsExtractedCorrectlySpelledAndReadsFromTheRight() throws Exception {
        JourneyMap map = grocer("he");
        Path pdf = export(map, OPTIONS.withReport(true), "he-report");
        Report expected = ReportBuilder.build(map);
        assertThat(expected.rightToLeft()).isTrue();
        String text = TestMaps.normalized(PdfTexts.text(pdf));
        for (ReportSection section : expected.sections()) {
            assertThat(text).contains(TestMaps.normalized(section.heading()));
        }
        assertThat(text).contains(TestMaps.normalized(painPointTitle(expected)));

        // The first column (the stage) sits at the right edge: its header ends further right than the next one's.
        ReportSection painPoints = expected.sections().get(0);
        List<PdfTexts.Placed> placed = PdfTexts.placed(pdf);
        PdfTexts.Placed first = find(placed, painPoints.columns().get(0));
        PdfTexts.Placed second = find(placed, painPoints.columns().get(1));
        assertThat(first.page()).isEqualTo(second.page());
        assertThat(first.maxX()).isGreaterThan(second.maxX());
        assertThat(first.maxX()).isGreaterThan(595.28 / 2);
        assertValid(pdf);
    }

    @Test
    void aLongTableRunsOntoMorePagesAndFitMapsGetA4ReportPages() throws Exception {
        JourneyMap map = grocer("en");
        Path a4 = export(map, OPTIONS.withReport(true), "a4");
        Path fit = export(map, OPTIONS.withPage(PageSize.FIT).withReport(true), "fit");
        try (PDDocument document = Loader.loadPDF(fit.toFile())) {
            PDRectangle last = document.getPage(document.getNumberOfPages() - 1).getMediaBox();
            assertThat(last.getWidth()).isEqualTo(595.28f);
        }
        Report report = ReportBuilder.build(map);
        // Paper far shorter than the report: the same report now needs more pages than on A4.
        List<ReportPage> shortPages = ReportPageLayout.layout(report, new app.masa.layout.Rect(28, 28, 539, 220));
        List<ReportPage> a4Pages = ReportPageLayout.layout(report, ReportPaper.of(OPTIONS).frame());
        assertThat(shortPages.size()).isGreaterThan(a4Pages.size());
        try (PDDocument document = Loader.loadPDF(a4.toFile()); PDDocument plain = Loader.loadPDF(
                export(map, OPTIONS, "a4-plain").toFile())) {
            assertThat(document.getNumberOfPages() - plain.getNumberOfPages()).isEqualTo(a4Pages.size());
        }
    }

    private static PdfTexts.Placed find(List<PdfTexts.Placed> placed, String text) {
        return placed.stream().filter(p -> p.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not found as its own run: " + text));
    }

    private static String painPointTitle(Report report) {
        ReportSection painPoints = report.sections().get(0);
        assertThat(painPoints.rows()).isNotEmpty();
        return painPoints.rows().get(0).get(1);
    }

    /** qpdf when the machine has it; otherwise PDFBox must read every page's content without complaint. */
    private static void assertValid(Path pdf) throws Exception {
        if (onPath("qpdf")) {
            Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
            String output = new String(qpdf.getInputStream().readAllBytes());
            assertThat(qpdf.waitFor()).as(output).isZero();
            assertThat(output).contains("No syntax or stream encoding errors");
        } else {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(document)).isNotBlank();
                for (PDPage page : document.getPages()) {
                    assertThat(page.getContents().readAllBytes()).isNotEmpty();
                }
            }
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    private static JourneyMap grocer(String language) throws Exception {
        return TemplateCatalog.builtIn().create("organic-grocer", language).maps().get(0);
    }

    private Path export(JourneyMap map, ExportOptions options, String name) throws Exception {
        Path target = dir.resolve(name + ".pdf");
        new PdfExporter().export(List.of(map), options, target, ExportProgress.NONE);
        return target;
    }
}
