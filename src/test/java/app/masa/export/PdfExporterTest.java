package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class PdfExporterTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));

    private final Path dir = TestMaps.tempDir();
    private final PdfExporter exporter = new PdfExporter();

    @Test
    void everyStageLaneAndCardTitleOfEveryTemplateCanBeFoundInTheText() throws Exception {
        List<JourneyMap> maps = TestMaps.all();
        assertThat(maps).hasSizeGreaterThan(2);
        LayoutEngine engine = new LayoutEngine();
        for (JourneyMap map : maps) {
            Path pdf = export(List.of(map), OPTIONS, map.id() + "-" + map.language());
            String text = TestMaps.normalized(PdfTexts.text(pdf));
            MapLayout layout = engine.layout(map, OPTIONS.layoutOptions());
            assertThat(TestMaps.normalized(String.join(" ", TestMaps.titleLines(layout))))
                    .as("every title is laid out").contains(TestMaps.titles(map).stream().map(TestMaps::normalized).toList());
            for (String line : TestMaps.titleLines(layout)) {
                assertThat(text).as("%s (%s)", map.title(), map.language()).contains(TestMaps.expectedRuns(line));
            }
        }
    }

    @Test
    void theHebrewStageNamesAreExtractedCorrectlySpelled() throws Exception {
        List<JourneyMap> hebrew = new ArrayList<>(TestMaps.all().stream().filter(m -> m.language().equals("he")).toList());
        assertThat(hebrew).isNotEmpty();
        for (JourneyMap map : hebrew) {
            String text = PdfTexts.text(export(List.of(map), OPTIONS, "he-" + map.id()));
            for (Stage stage : map.stages()) {
                assertThat(text).contains(stage.name());
            }
        }
        String sample = PdfTexts.text(export(List.of(SampleMaps.hebrew()), OPTIONS, "he-mixed"));
        assertThat(sample).contains("קוד הקופון", "SAVE10", "לא עובד", "15%", "הנחה שלא התקבלה", "120", "לארגז");
    }

    @Test
    void aMapWithoutPicturesHasNoImagesAndEveryFontIsEmbedded() throws Exception {
        Path pdf = export(List.of(SampleMaps.english(), SampleMaps.hebrew()), OPTIONS, "fonts");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    assertThat(resources.getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Rubik").contains("+");
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void inARightToLeftMapStageOneIsRightmostAndLeftToRightIsTheMirror() throws Exception {
        JourneyMap he = SampleMaps.hebrew();
        List<PdfTexts.Placed> rtl = PdfTexts.placed(export(List.of(he), OPTIONS, "rtl"));
        double previous = Double.MAX_VALUE;
        for (Stage stage : he.stages()) {
            double x = rtl.stream().filter(p -> p.text().equals(stage.name())).findFirst().orElseThrow().maxX();
            assertThat(x).as(stage.name()).isLessThan(previous);
            previous = x;
        }
        JourneyMap en = SampleMaps.english();
        List<PdfTexts.Placed> ltr = PdfTexts.placed(export(List.of(en), OPTIONS, "ltr"));
        previous = -1;
        for (Stage stage : en.stages()) {
            double x = ltr.stream().filter(p -> p.text().equals(stage.name())).findFirst().orElseThrow().minX();
            assertThat(x).as(stage.name()).isGreaterThan(previous);
            previous = x;
        }
    }

    @Test
    void pagesComeInEveryPaperSizeAndOrientationAndFitIsTheSizeOfTheMap() throws Exception {
        assertThat(pageSize(OPTIONS.withPage(PageSize.A3).withOrientation(Orientation.LANDSCAPE)))
                .isEqualTo(new float[] {1190.55f, 841.89f});
        assertThat(pageSize(OPTIONS.withPage(PageSize.LETTER).withOrientation(Orientation.PORTRAIT)))
                .isEqualTo(new float[] {612f, 792f});
        assertThat(pageSize(OPTIONS.withPage(PageSize.TABLOID).withOrientation(Orientation.AUTO)))
                .as("a wide map turns the paper sideways").isEqualTo(new float[] {1224f, 792f});
        MapLayout layout = new LayoutEngine().layout(SampleMaps.english(), OPTIONS.layoutOptions());
        assertThat(pageSize(OPTIONS.withPage(PageSize.FIT)))
                .isEqualTo(new float[] {(float) layout.width(), (float) layout.height()});
    }

    @Test
    void tilesPrintAtFullSizeAcrossPagesWithRowAndColumnLabelsAndPageNumbers() throws Exception {
        Path pdf = export(List.of(SampleMaps.english()), OPTIONS.withTiles(true).withOrientation(Orientation.PORTRAIT),
                "tiles");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = PdfTexts.text(pdf);
        assertThat(text).contains("Row 1, column 1", "Row 1, column 2", "Page 1 of ", "Page 2 of ");
    }

    @Test
    void severalMapsGetAPageAndABookmarkEachAndTheDocumentHasItsProperties() throws Exception {
        Path pdf = export(List.of(SampleMaps.english(), SampleMaps.hebrew()), OPTIONS.withAuthor("Dana Levi"), "two");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Ordering vegetables online", "הזמנת ירקות באונליין");
            assertThat(document.getDocumentInformation().getCreator()).startsWith("Masa ");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Dana Levi");
            assertThat(document.getDocumentInformation().getTitle()).contains("Ordering vegetables online");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo(SampleMaps.english().scenario());
        }
        assertThat(PdfTexts.text(pdf)).contains("November 22, 2026", "22 בנובמבר 2026", "עמוד 2 מתוך 2");
    }

    @Test
    void onlyTheChosenStagesAreExported() throws Exception {
        String text = PdfTexts.text(export(List.of(SampleMaps.english()), OPTIONS.withVisibleStageIds(Set.of("s3")),
                "stages"));
        assertThat(text).contains("Purchase", "Checkout").doesNotContain("Awareness", "Courier call");
    }

    @Test
    void pdfaCarriesArchiveMetadataAndAnSrgbOutputIntent() throws Exception {
        Path pdf = export(List.of(SampleMaps.hebrew()), OPTIONS.withPdfa(true), "pdfa");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "2").contains("pdfaid:conformance", "B")
                    .contains("Masa ").contains("הזמנת ירקות באונליין");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(document.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier())
                    .isEqualTo("sRGB IEC61966-2.1");
        }
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileUntouchedAndNoLeftovers() throws Exception {
        Path target = dir.resolve("kept.pdf");
        Files.writeString(target, "earlier export");
        List<Double> seen = new ArrayList<>();
        ExportProgress cancelAfterFirstPage = new ExportProgress(seen::add, () -> !seen.isEmpty());
        assertThatThrownBy(() -> exporter.export(List.of(SampleMaps.english(), SampleMaps.hebrew()), OPTIONS, target,
                cancelAfterFirstPage)).isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(target)).isEqualTo("earlier export");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept.pdf");
        }
    }

    @Test
    void progressRisesToTheEndAndAnExistingFileIsReplaced() throws Exception {
        Path target = dir.resolve("replaced.pdf");
        Files.writeString(target, "old");
        List<Double> seen = new ArrayList<>();
        exporter.export(List.of(SampleMaps.english(), SampleMaps.hebrew()), OPTIONS, target,
                new ExportProgress(seen::add, () -> false));
        assertThat(seen).isSortedAccordingTo(Double::compare).last().isEqualTo(1.0);
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private float[] pageSize(ExportOptions options) throws IOException, ExportCancelledException {
        Path pdf = export(List.of(SampleMaps.english()), options, "size-" + options.page() + options.orientation());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        }
    }

    private Path export(List<JourneyMap> maps, ExportOptions options, String name)
            throws IOException, ExportCancelledException {
        Path target = dir.resolve(name + ".pdf");
        exporter.export(maps, options, target, ExportProgress.NONE);
        return target;
    }
}
