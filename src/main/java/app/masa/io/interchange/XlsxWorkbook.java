package app.masa.io.interchange;

import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import app.masa.model.Nps;
import app.masa.model.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A map as an Excel workbook: the Cards sheet with the CSV's columns, a Conversion paths sheet
 * (steps joined by "&gt;", as the Numbers window reads them back) and a Stage NPS sheet. Numbers are
 * written as numbers; text is written as text, which a spreadsheet never runs as a formula.
 */
public final class XlsxWorkbook {
    public static final String CARDS = "Cards";
    public static final String PATHS = "Conversion paths";
    public static final String NPS = "Stage NPS";

    private XlsxWorkbook() {
    }

    public static byte[] bytes(JourneyMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Masa", "1.0")) {
            Worksheet cards = workbook.newWorksheet(CARDS);
            write(cards, CsvCardExport.rows(map));
            Worksheet paths = workbook.newWorksheet(PATHS);
            write(paths, List.of(List.of("path", "conversions", "value")));
            int row = 1;
            for (ConversionPath path : map.conversionPaths()) {
                paths.value(row, 0, String.join(" > ", path.steps().stream().map(step -> step(map, step)).toList()));
                paths.value(row, 1, path.conversions());
                paths.value(row, 2, path.value());
                row++;
            }
            Worksheet nps = workbook.newWorksheet(NPS);
            write(nps, List.of(List.of("stage", "promoters", "passives", "detractors", "source", "date")));
            row = 1;
            for (Stage stage : map.stages()) {
                Nps n = stage.nps();
                if (n == null || n.answers() == 0) {
                    continue;
                }
                nps.value(row, 0, stage.name());
                nps.value(row, 1, n.promoters());
                nps.value(row, 2, n.passives());
                nps.value(row, 3, n.detractors());
                nps.value(row, 4, n.source() == null ? "" : Kebab.of(n.source()));
                nps.value(row, 5, n.date() == null ? "" : n.date().toString());
                row++;
            }
            if (map.direction().isRightToLeft()) {
                // A Hebrew map reads from the right in the spreadsheet too: column A at the right.
                for (Worksheet sheet : List.of(cards, paths, nps)) {
                    sheet.rightToLeft();
                }
            }
            cards.width(2, 32);
            cards.width(3, 48);
            paths.width(0, 60);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A step as PathCsv reads it back: a card by its title, a channel by its name in the file. */
    private static String step(JourneyMap map, String step) {
        if (step.startsWith("channel:")) {
            return step.substring("channel:".length());
        }
        return map.card(step).map(card -> card.title()).orElse(step);
    }

    /** Rows of text, with cells that read as plain numbers written as numbers. */
    private static void write(Worksheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (r > 0 && text.matches("-?\\d+(\\.\\d+)?")) {
                    sheet.value(r, c, new BigDecimal(text));
                } else if (!text.isEmpty()) {
                    sheet.value(r, c, text);
                }
            }
        }
    }
}
