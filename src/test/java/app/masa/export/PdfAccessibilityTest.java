package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Exported PDFs pass veraPDF's PDF/UA-1 profile, and with --pdfa still pass PDF/A-2b. */
class PdfAccessibilityTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));

    private final Path dir = TestMaps.tempDir();

    @Test
    void englishSamplePassesPdfUa() throws Exception {
        Path pdf = export(List.of(SampleMaps.english()), OPTIONS.withPdfa(true), "en");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void theCheckerRejectsAnUntaggedPdf() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(plain.toFile());
        }
        System.out.println(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1));
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    private Path export(List<JourneyMap> maps, ExportOptions options, String name) throws Exception {
        Path target = dir.resolve(name + ".pdf");
        new PdfExporter().export(maps, options, target, ExportProgress.NONE);
        return target;
    }
}
