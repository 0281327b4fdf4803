package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.masa.layout.SampleMaps;
import app.masa.model.JourneyMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The tagged PDF's structure tree, read back: what a screen reader walks through, and in what order. */
class PdfStructureTreeTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withDate(LocalDate.of(2026, 11, 22));

    private final Path dir = TestMaps.tempDir();

    @Test
    void anEnglishMapReadsTitleStagesThenEachLaneWithItsCardsStageByStage() throws Exception {
        PdfTree tree = tree(List.of(SampleMaps.english()), OPTIONS, "en");
        List<String> headings = tree.all().stream().filter(n -> n.type().matches("H[1-6]"))
                .map(n -> n.type() + " " + n.text()).toList();
        assertThat(headings).startsWith("H1 Ordering vegetables online", "H2 Awareness", "H2 Consideration",
                "H2 Purchase", "H2 Delivery", "H2 Retention", "H3 Touchpoints", "H3 Actions");
        PdfTree touchpoints = lane(tree, "Touchpoints");
        assertThat(touchpoints.all("LBody")).extracting(PdfTree::text).satisfiesExactly(
                t -> assertThat(t).startsWith("Sponsored post on Instagram"),
                t -> assertThat(t).startsWith("Website product page"),
                t -> assertThat(t).startsWith("Reviews on Google"),
                t -> assertThat(t).startsWith("Checkout"),
                t -> assertThat(t).startsWith("Courier call"),
                t -> assertThat(t).startsWith("Weekly reminder email"));
        assertThat(touchpoints.all("LI")).allSatisfy(item -> assertThat(item.kids()).extracting(PdfTree::type)
                .containsExactly("LBody"));
        assertThat(tree.all("Document")).hasSize(1);
        assertThat(tree.all().get(1).lang()).isEqualTo("en");
    }

    @Test
    void theEmotionCurveIsAFigureThatSaysEachTouchpointsScore() throws Exception {
        PdfTree tree = tree(List.of(SampleMaps.english()), OPTIONS, "curve");
        List<PdfTree> figures = lane(tree, "Emotion").all("Figure");
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).alt()).startsWith("Emotion curve “Emotion”: Awareness: Sponsored post on Instagram +1;")
                .contains("Purchase: Checkout \u22122", "Delivery: Courier call +2");
    }

    @Test
    void withTheMetricsBandEachStagesFiguresFollowItsHeading() throws Exception {
        PdfTree tree = tree(List.of(SampleMaps.english()), OPTIONS.withMetricsLane(true), "metrics");
        List<PdfTree> map = tree.kids().get(0).kids().get(0).kids();
        List<String> stages = List.of("Awareness", "Consideration", "Purchase", "Delivery", "Retention");
        for (String stage : stages) {
            PdfTree heading = map.stream().filter(n -> n.type().equals("H2") && n.text().equals(stage)).findFirst()
                    .orElseThrow();
            PdfTree next = map.get(map.indexOf(heading) + 1);
            assertThat(next.type()).as(stage).isEqualTo("P");
            assertThat(next.text()).as(stage).isNotBlank().doesNotContain(stages.toArray(String[]::new));
        }
    }

    @Test
    void eachArrowIsAFigureThatSaysWhichCardsItJoins() throws Exception {
        PdfTree tree = tree(List.of(SampleMaps.english()), OPTIONS, "arrows");
        List<PdfTree> map = tree.kids().get(0).kids().get(0).kids();
        List<PdfTree> arrows = map.stream().filter(n -> n.type().equals("Figure")).toList();
        assertThat(arrows).extracting(PdfTree::alt).containsExactly(
                "Arrow from “Sponsored post on Instagram” to “Website product page”: clicks",
                "Arrow from “Checkout” to “Courier call”",
                "Arrow from “Weekly reminder email” to “Sponsored post on Instagram”: reorders");
        assertThat(map.indexOf(arrows.get(0))).as("after the lanes")
                .isGreaterThan(map.indexOf(lane(tree, "Notes")));
    }

    @Test
    void aHebrewMapsFirstStageInTheTreeIsItsFirstStageAtTheRightOfThePage() throws Exception {
        PdfTree tree = tree(List.of(SampleMaps.hebrew()), OPTIONS, "he");
        List<PdfTree> stages = tree.all("H2");
        // Lines are written in visual order, so a Hebrew word's glyphs come out reversed.
        assertThat(stages).extracting(s -> new StringBuilder(s.text()).reverse().toString())
                .containsExactly("מודעות", "שקילה", "רכישה", "משלוח", "נאמנות");
        for (int i = 1; i < stages.size(); i++) {
            assertThat(stages.get(i - 1).minX()).as("stage %d is right of stage %d", i, i + 1)
                    .isGreaterThan(stages.get(i).maxX());
        }
        assertThat(tree.all().get(1).lang()).isEqualTo("he");
        assertThat(tree.all("Figure").get(0).alt()).startsWith("עקומת הרגש „רגש”: מודעות: פוסט ממומן באינסטגרם +1;");
    }

    @Test
    void onTilesEveryCardIsInTheTreeOnceAndFootersAreNotContent() throws Exception {
        JourneyMap map = SampleMaps.english();
        try (PDDocument document = Loader.loadPDF(export(List.of(map), OPTIONS.withTiles(true).withPage(PageSize.A4),
                "tiles").toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PdfTree tree = PdfTree.read(document);
            long cardsOutsideTheEmotionLane = map.cards().size();
            assertThat(tree.all("LBody")).hasSize((int) cardsOutsideTheEmotionLane);
            assertThat(tree.all("LBody")).extracting(PdfTree::text)
                    .filteredOn(t -> t.startsWith("Checkout")).hasSize(1);
            // Tiles overlap, so some cards are drawn on two pages; only the first copy is read.
            assertThat(tree.all("LBody")).allSatisfy(card -> assertThat(card.pages()).hasSize(1));
            assertThat(tree.allText()).doesNotContain("Page 1 of", "Row 1, column 1");
        }
    }

    @Test
    void reportPagesAreHeadingsAndTablesWhoseHeaderCellsHeadTheirColumns() throws Exception {
        PdfTree tree = tree(List.of(SampleMaps.english()), OPTIONS.withReport(true), "report");
        List<PdfTree> parts = tree.kids().get(0).kids();
        assertThat(parts).extracting(PdfTree::type).containsExactly("Part", "Sect");
        PdfTree report = parts.get(1);
        assertThat(report.kids().get(0).type()).isEqualTo("H1");
        assertThat(report.all("H2")).isNotEmpty();
        assertThat(report.all("Table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.kids()).extracting(PdfTree::type).containsOnly("TR");
            assertThat(table.kids().get(0).kids()).extracting(PdfTree::type).containsOnly("TH");
            assertThat(table.kids().stream().skip(1).flatMap(r -> r.kids().stream())).extracting(PdfTree::type)
                    .containsOnly("TD");
        });
    }

    @Test
    void aReportTableContinuedOverleafHasOneHeaderRowInTheTree() throws Exception {
        Path pdf = export(List.of(SampleMaps.generated(6, 5, 400, 3)), OPTIONS.withReport(true), "long-report");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PdfTree report = PdfTree.read(document).kids().get(0).kids().get(1);
            List<PdfTree> tables = report.all("Table");
            assertThat(tables).isNotEmpty();
            assertThat(tables).anySatisfy(table -> assertThat(table.all("TD").stream().map(PdfTree::pages)
                    .flatMap(Set::stream).distinct().count()).as("a table on more than one page").isGreaterThan(1));
            for (PdfTree table : tables) {
                assertThat(table.kids().stream().filter(row -> !row.all("TH").isEmpty())).hasSize(1);
            }
        }
    }

    @Test
    void eachMapIsAPartInItsOwnLanguageAndTheCatalogSaysTaggedTitledAndPdfUa() throws Exception {
        Path pdf = export(List.of(SampleMaps.english(), SampleMaps.hebrew()), OPTIONS, "two-maps");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PdfTree tree = PdfTree.read(document);
            assertThat(tree.kids().get(0).kids()).extracting(PdfTree::type, PdfTree::lang)
                    .containsExactly(tuple("Part", "en"), tuple("Part", "he"));
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "Ordering vegetables online")
                    .doesNotContain("pdfaid:part");
            for (PDPage page : document.getPages()) {
                assertThat(page.getStructParents()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    private static PdfTree lane(PdfTree tree, String name) {
        return tree.all("Sect").stream().filter(s -> !s.kids().isEmpty() && s.kids().get(0).text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no lane " + name));
    }

    private PdfTree tree(List<JourneyMap> maps, ExportOptions options, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(export(maps, options, name).toFile())) {
            return PdfTree.read(document);
        }
    }

    private Path export(List<JourneyMap> maps, ExportOptions options, String name) throws Exception {
        Path target = dir.resolve(name + ".pdf");
        new PdfExporter().export(maps, options, target, ExportProgress.NONE);
        return target;
    }
}
