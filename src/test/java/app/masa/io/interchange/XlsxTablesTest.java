package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.model.Nps;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Workbooks in and out: the same table as CSV, text that stays text, and hostile files refused plainly. */
class XlsxTablesTest {

    @Test
    void theWorkbookHasCardsPathsAndNpsAndItsPathsComeBack() throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "he").maps().get(0);
        byte[] workbook = XlsxWorkbook.bytes(map);

        CsvTable paths = XlsxTables.read(workbook, XlsxWorkbook.PATHS);
        List<ConversionPath> back = PathCsv.read(paths, map.withConversionPaths(List.of()));
        assertThat(back).extracting(ConversionPath::steps)
                .isEqualTo(map.conversionPaths().stream().map(ConversionPath::steps).toList());
        assertThat(back).extracting(ConversionPath::conversions)
                .isEqualTo(map.conversionPaths().stream().map(ConversionPath::conversions).toList());

        CsvTable nps = XlsxTables.read(workbook, XlsxWorkbook.NPS);
        assertThat(nps.header()).containsExactly("stage", "promoters", "passives", "detractors", "source", "date");
        long withNps = map.stages().stream().filter(s -> s.nps().answers() > 0).count();
        assertThat(withNps).isGreaterThanOrEqualTo(3);
        assertThat(nps.records()).hasSize((int) withNps);
    }

    @Test
    void theStageNpsSheetComesBackAsEachStagesAnswersWithSourceAndDate() throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "he").maps().get(0);
        JourneyMap withoutNps = map.withStages(map.stages().stream().map(s -> s.withNps(Nps.EMPTY)).toList());

        Map<String, Nps> back = StageNpsSheet.read(XlsxTables.read(XlsxWorkbook.bytes(map), XlsxWorkbook.NPS),
                withoutNps);

        Map<String, Nps> expected = new LinkedHashMap<>();
        map.stages().stream().filter(s -> s.nps().answers() > 0).forEach(s -> expected.put(s.id(), s.nps()));
        assertThat(back).containsExactlyEntriesOf(expected);
        assertThat(back.values()).allSatisfy(nps -> assertThat(nps.source()).isNotNull());
    }

    @Test
    void aBadStageNpsSheetNamesTheSheetTheRowAndTheValue() throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "en").maps().get(0);
        String first = map.stages().get(0).name();
        byte[] workbook = workbook(XlsxWorkbook.NPS, List.of(
                List.of("stage", "promoters", "passives", "detractors"),
                List.of(first, "12", "3", "1"),
                List.of("Nowhere", "1", "1", "1"),
                List.of(first, "1", "1", "1"),
                List.of(map.stages().get(1).name(), "many", "1", "")));

        assertThatThrownBy(() -> WorkbookNumbers.read(XlsxTables.readWorkbook(workbook), map))
                .isInstanceOf(InterchangeException.class)
                .satisfies(e -> assertThat(((InterchangeException) e).problems()).extracting(LineProblem::toString)
                        .containsExactly(
                                "Sheet “Stage NPS”, row 3: “Nowhere” is not a stage of this map.",
                                "Sheet “Stage NPS”, row 4: The stage “" + first + "” has a row already.",
                                "Sheet “Stage NPS”, row 5: The promoters “many” is not a whole number of zero or more.",
                                "Sheet “Stage NPS”, row 5: The detractors “” is not a whole number of zero or more."));
    }

    @Test
    void aWorkbookWithoutNumberSheetsBringsOnlyItsCards() throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "en").maps().get(0);
        byte[] workbook = workbook("Sheet1", List.of(List.of("stage", "title"), List.of(map.stages().get(0).name(), "Flyer")));

        WorkbookTables tables = XlsxTables.readWorkbook(workbook);

        assertThat(tables.cards(XlsxWorkbook.CARDS).records()).hasSize(1);
        assertThat(WorkbookNumbers.read(tables, map).isEmpty()).isTrue();
    }

    @Test
    void aCardProblemInAWorkbookNamesTheCardsSheet() throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("organic-grocer", "en").maps().get(0);
        byte[] workbook = workbook(XlsxWorkbook.CARDS, List.of(List.of("stage", "title", "score"),
                List.of(map.stages().get(0).name(), "Flyer", "99")));
        CsvTable cards = XlsxTables.read(workbook, XlsxWorkbook.CARDS);

        CsvImportResult result = CsvCardImport.apply(map, cards, CsvMapping.guess(cards.header()), UnknownPlaces.REPORT);

        assertThat(result.problems()).extracting(LineProblem::toString).singleElement().asString()
                .startsWith("Sheet “Cards”, row 2: The score “99”");
    }

    /** A workbook of one sheet, every cell written as text, as a person may type it. */
    private static byte[] workbook(String sheet, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook book = new Workbook(out, "test", "1.0")) {
            Worksheet worksheet = book.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    worksheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aHebrewMapsSheetsReadFromTheRight() throws Exception {
        byte[] hebrew = XlsxWorkbook.bytes(TemplateCatalog.builtIn().create("funnel", "he").maps().get(0));
        byte[] english = XlsxWorkbook.bytes(TemplateCatalog.builtIn().create("funnel", "en").maps().get(0));

        assertThat(sheetXml(hebrew, 1)).contains("rightToLeft=\"true\"");
        assertThat(sheetXml(english, 1)).doesNotContain("rightToLeft");
    }

    private static String sheetXml(byte[] workbook, int sheet) throws Exception {
        try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                new ByteArrayInputStream(workbook), "UTF-8", true, true)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet" + sheet + ".xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAndReadAsText() throws Exception {
        JourneyMap grocer = TemplateCatalog.builtIn().create("organic-grocer", "en").maps().get(0);
        Card first = grocer.cards().get(0);
        JourneyMap map = grocer.withCards(List.of(first.withTitle("=HYPERLINK(\"http://x\",\"y\")")));

        byte[] workbook = XlsxWorkbook.bytes(map);

        List<CellType> types = new ArrayList<>();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            try (var rows = read.getFirstSheet().openStream()) {
                rows.skip(1).findFirst().map((Row r) -> r.getCell(2).getType()).ifPresent(types::add);
            }
        }
        assertThat(types).containsExactly(CellType.STRING);
        assertThat(XlsxTables.read(workbook, XlsxWorkbook.CARDS).records().get(0).field(2))
                .isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithASentence() {
        assertThatThrownBy(() -> XlsxTables.read("stage,lane\n".getBytes(), XlsxWorkbook.CARDS))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void aSmallFileThatUnpacksToTooMuchIsRefusedBeforeItIsParsed() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).as("the file itself is small").isLessThan(1 << 20);

        assertThatThrownBy(() -> XlsxTables.read(bomb.toByteArray(), XlsxWorkbook.CARDS))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("unpacks to more than 64 MB");
    }

    @Test
    void aDamagedWorkbookIsRefusedWithASentence() throws Exception {
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(broken)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<not xml".getBytes());
            zip.closeEntry();
        }
        assertThatThrownBy(() -> XlsxTables.read(broken.toByteArray(), XlsxWorkbook.CARDS))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("could not be read");
    }
}
