package app.masa.analysis.report;

import app.masa.io.interchange.CsvWriter;
import java.util.List;

/**
 * The report as CSV for a spreadsheet: each section is its heading on a row of its own, the column
 * names, the rows, then an empty row. Written by the same writer as the card export, so a card
 * titled like a formula is text in the report too.
 */
final class CsvReport {
    private CsvReport() {
    }

    static String write(List<Report> reports) {
        return writer(reports).rowsText();
    }

    /** The file as saved: with the byte order mark that makes Excel read it as UTF-8. */
    static byte[] file(List<Report> reports) {
        return writer(reports).bytes();
    }

    private static CsvWriter writer(List<Report> reports) {
        CsvWriter csv = new CsvWriter();
        for (Report report : reports) {
            csv.row(List.of(report.title()));
            for (ReportSection section : report.sections()) {
                csv.row(List.of(section.heading()));
                if (section.isEmpty()) {
                    csv.row(List.of(section.emptyNote()));
                } else {
                    csv.row(section.columns());
                    section.rows().forEach(csv::row);
                }
                csv.row(List.of());
            }
        }
        return csv;
    }
}
