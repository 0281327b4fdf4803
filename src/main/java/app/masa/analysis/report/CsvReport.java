package app.masa.analysis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as CSV for a spreadsheet: each section is its heading on a row of its own, the column
 * names, the rows, then an empty row. Quoted and separated as RFC 4180 asks.
 */
final class CsvReport {
    private CsvReport() {
    }

    static String write(List<Report> reports) {
        StringBuilder text = new StringBuilder();
        for (Report report : reports) {
            line(text, List.of(report.title()));
            for (ReportSection section : report.sections()) {
                line(text, List.of(section.heading()));
                if (section.isEmpty()) {
                    line(text, List.of(section.emptyNote()));
                } else {
                    line(text, section.columns());
                    section.rows().forEach(r -> line(text, r));
                }
                line(text, List.of());
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        text.append(String.join(",", quoted)).append("\r\n");
    }
}
