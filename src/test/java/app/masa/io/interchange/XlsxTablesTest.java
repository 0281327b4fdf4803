package app.masa.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
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
