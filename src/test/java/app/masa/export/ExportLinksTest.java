package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** An exported map says where its cards lead, as the designer's pill does, and reads it with the card. */
class ExportLinksTest {
    @TempDir
    Path dir;

    private static JourneyMap linked(JourneyMap map, JourneyMap detail) {
        return map.withLinks(List.of(JourneyLink.toMap(map.cards().get(0).id(), detail.id()),
                JourneyLink.toFile(map.stages().get(1).id(), "details/returns.journey.json", null)));
    }

    @Test
    void theSvgCarriesThePillInsideTheCardsGroupNamingTheOtherMapAndFile() throws Exception {
        JourneyMap detail = SampleMaps.hebrew();
        JourneyMap map = linked(SampleMaps.english(), detail);
        Path svg = dir.resolve("linked.svg");

        new SvgExporter().export(List.of(map, detail), ExportOptions.defaults(), svg, ExportProgress.NONE);

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        Matcher card = Pattern.compile("<g class=\"card\"[^>]*data-id=\"" + Pattern.quote(map.cards().get(0).id())
                + "\"[^>]*>(.*?)</g>", Pattern.DOTALL).matcher(text);
        assertThat(card.find()).isTrue();
        assertThat(card.group(1)).contains("↗ " + detail.title().substring(0, 10));
        assertThat(text).contains("↗ returns");
        String plain = Files.readString(dir.resolve("linked-2.svg"), StandardCharsets.UTF_8);
        assertThat(plain).doesNotContain("↗").doesNotContain("↖");
    }

    @Test
    void thePdfReadsThePillWithItsCardAndStaysAccessible() throws Exception {
        JourneyMap detail = SampleMaps.english();
        JourneyMap map = linked(SampleMaps.hebrew(), detail);
        Path pdf = dir.resolve("linked.pdf");

        new PdfExporter().export(List.of(map, detail),
                ExportOptions.defaults().withDate(LocalDate.of(2026, 12, 5)).withPdfa(true), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("returns");
        }
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b").isEmpty();
    }

    @Test
    void theCanvasLayoutHasNoPillsOfItsOwnForItDrawsThemOverTheMap() {
        JourneyMap map = linked(SampleMaps.english(), SampleMaps.hebrew());
        assertThat(new LayoutEngine().layout(map, LayoutOptions.canvas()).links()).isEmpty();
    }
}
