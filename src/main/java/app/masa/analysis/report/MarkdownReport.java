package app.masa.analysis.report;

import java.util.List;

/** The report as Markdown: a heading per map and per section, a pipe table per section. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String write(List<Report> reports) {
        StringBuilder text = new StringBuilder();
        for (Report report : reports) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("# ").append(inline(report.title())).append("\n");
            for (ReportSection section : report.sections()) {
                text.append("\n## ").append(inline(section.heading())).append("\n\n");
                if (section.isEmpty()) {
                    text.append('_').append(inline(section.emptyNote())).append("_\n");
                    continue;
                }
                row(text, section.columns());
                text.append('|');
                section.columns().forEach(c -> text.append(" --- |"));
                text.append('\n');
                section.rows().forEach(r -> row(text, r));
            }
        }
        return text.toString();
    }

    private static void row(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(inline(cell).replace("|", "\\|")).append(" |");
        }
        text.append('\n');
    }

    /** A table cell or heading holds one line. */
    private static String inline(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
