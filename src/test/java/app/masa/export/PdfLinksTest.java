package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.SampleMaps;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A card linked to another map of the same PDF opens that map's first page, and the PDF stays accessible. */
class PdfLinksTest {
    private final Path dir = TestMaps.tempDir();

    @Test
    void aLinkedCardOpensTheOtherMapsFirstPageAndPassesPdfUa() throws Exception {
        JourneyMap detail = SampleMaps.english();
        JourneyMap hebrew = SampleMaps.hebrew();
        JourneyMap overview = hebrew.withLinks(List.of(JourneyLink.toMap(hebrew.cards().get(0).id(), detail.id())));
        Path pdf = dir.resolve("linked.pdf");

        new PdfExporter().export(List.of(overview, detail),
                ExportOptions.defaults().withDate(LocalDate.of(2026, 12, 5)).withPdfa(true), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDAnnotationLink> links = document.getPage(0).getAnnotations().stream()
                    .filter(PDAnnotationLink.class::isInstance).map(PDAnnotationLink.class::cast).toList();
            assertThat(links).hasSize(1);
            PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) links.get(0).getAction()).getDestination();
            int target = document.getPages().indexOf(destination.getPage());
            assertThat(target).isGreaterThan(0);
            assertThat(links.get(0).getContents()).contains(detail.title());
            for (PDAnnotation annotation : document.getPage(target).getAnnotations()) {
                assertThat(annotation).isNotInstanceOf(PDAnnotationLink.class);
            }
        }
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b").isEmpty();
    }
}
