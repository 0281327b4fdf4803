package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.SampleMaps;
import app.masa.model.Brand;
import app.masa.model.JourneyMap;
import app.masa.model.TitleTypeface;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Exported PDFs pass veraPDF's PDF/UA-1 profile, and with --pdfa PDF/A-2b as well. veraPDF takes a
 * few seconds a file, so each file holds several maps: every built-in template of a language at once.
 */
class PdfAccessibilityTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));

    private final Path dir = TestMaps.tempDir();

    @Test
    void everyEnglishTemplatePassesPdfUaAndPdfA() throws Exception {
        assertPassesBoth(export(templates("en"), OPTIONS.withPdfa(true), "templates-en"));
    }

    @Test
    void everyHebrewTemplatePassesPdfUaAndPdfA() throws Exception {
        assertPassesBoth(export(templates("he"), OPTIONS.withPdfa(true), "templates-he"));
    }

    @Test
    void aTiledHebrewMapWithItsReportAndABrandsSerifTitlePassesPdfUaAndPdfA() throws Exception {
        Brand serif = Brand.NONE.withTitleTypeface(TitleTypeface.FRANK_RUHL_LIBRE);
        assertPassesBoth(export(List.of(SampleMaps.hebrew()), OPTIONS.withPdfa(true).withTiles(true)
                .withPage(PageSize.A4).withReport(true).withBrand(serif), "tiles-report-he"));
    }

    @Test
    void aPlainExportWithTheMetricsBandAndWithoutArchivingStillPassesPdfUa() throws Exception {
        Path pdf = export(List.of(SampleMaps.english()), OPTIONS.withReport(true).withMetricsLane(true), "plain-en");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** Guards the checks above: the same checker finds an untagged page of text wanting. */
    @Test
    void theCheckerRejectsAnUntaggedPageOfText() throws Exception {
        Path plain = dir.resolve("untagged.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.showText("Awareness");
                content.endText();
            }
            document.save(plain.toFile());
        }
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    private static void assertPassesBoth(Path pdf) throws Exception {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b").isEmpty();
    }

    private static List<JourneyMap> templates(String language) {
        List<JourneyMap> maps = TestMaps.templates().stream().filter(m -> m.language().equals(language)).toList();
        assertThat(maps).isNotEmpty();
        return maps;
    }

    private Path export(List<JourneyMap> maps, ExportOptions options, String name) throws Exception {
        Path target = dir.resolve(name + ".pdf");
        new PdfExporter().export(maps, options, target, ExportProgress.NONE);
        return target;
    }
}
