package app.masa.io.interchange;

import app.masa.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A sheet of an Excel workbook as the table the CSV import reads, so that a workbook gets the same
 * columns, checks and messages as a CSV file; its rows keep their numbers in the sheet. A workbook
 * is a zip: before anything is parsed, what it unpacks to is counted and bounded, so a small file
 * that unpacks to gigabytes is refused rather than read.
 */
public final class XlsxTables {
    private static final System.Logger LOG = System.getLogger(XlsxTables.class.getName());
    /** What a workbook may unpack to: far more than 20,000 rows of cards need. */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    private XlsxTables() {
    }

    /** The sheet of that name, or the first sheet when there is none by that name. */
    public static CsvTable read(byte[] bytes, String sheetName) throws InterchangeException {
        return readWorkbook(bytes).cards(sheetName);
    }

    /**
     * The sheets of a workbook Masa writes, read once: the Cards sheet (or the first sheet) and,
     * when the workbook has them, the Conversion paths and Stage NPS sheets.
     */
    public static WorkbookTables readWorkbook(byte[] bytes) throws InterchangeException {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw InterchangeException.at(0, Messages.get("interchange.xlsx.notWorkbook"));
        }
        checkUnpackedSize(bytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, CsvTable> tables = new LinkedHashMap<>();
            Map<String, InterchangeException> refused = new LinkedHashMap<>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                // A sheet that cannot be read only matters when it is one Masa reads.
                try {
                    tables.putIfAbsent(sheet.getName(), table(sheet));
                } catch (InterchangeException e) {
                    refused.putIfAbsent(sheet.getName(), e.inSheet(sheet.getName()));
                }
            }
            return new WorkbookTables(workbook.getFirstSheet().getName(), tables, refused);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "A workbook could not be read", e);
            throw InterchangeException.at(0, Messages.get("interchange.xlsx.unreadable"));
        }
    }

    private static CsvTable table(Sheet sheet) throws IOException, InterchangeException {
        List<String> header = null;
        List<CsvRecord> records = new ArrayList<>();
        try (Stream<Row> rows = sheet.openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (header == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    header = cells;
                    continue;
                }
                if (records.size() >= CsvReader.MAX_RECORDS) {
                    throw InterchangeException.at(row.getRowNum(), Messages.get("interchange.csv.tooLong",
                            CsvReader.MAX_RECORDS));
                }
                records.add(new CsvRecord(row.getRowNum(), cells));
            }
        }
        if (header == null) {
            throw InterchangeException.at(0, Messages.get("interchange.xlsx.emptySheet"));
        }
        return new CsvTable(header, records, ',', sheet.getName());
    }

    /** A cell as the text a CSV would hold: numbers without a trailing ".0", nothing for an empty cell. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber().stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static void checkUnpackedSize(byte[] bytes) throws InterchangeException {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        // Workbooks are often written as a stream, with stored entries that state their sizes after them.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw InterchangeException.at(0, Messages.get("interchange.xlsx.tooLarge",
                                MAX_UNPACKED_BYTES / (1024 * 1024)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "A workbook could not be unpacked", e);
            throw InterchangeException.at(0, Messages.get("interchange.xlsx.unreadable"));
        }
    }
}
