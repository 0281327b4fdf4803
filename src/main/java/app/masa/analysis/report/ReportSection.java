package app.masa.analysis.report;

import java.util.List;

/**
 * One part of the insights report: a heading and a table, or a note saying there is nothing to show.
 * The writers turn the same sections into Markdown, CSV and HTML, and the app into tables.
 */
public record ReportSection(String heading, List<String> columns, List<List<String>> rows, String emptyNote) {
    public ReportSection {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
