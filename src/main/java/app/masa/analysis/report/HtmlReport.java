package app.masa.analysis.report;

import app.masa.i18n.MarkupText;
import java.util.List;

/** The report as one self-contained HTML page, right to left for Hebrew, that any browser prints. */
final class HtmlReport {
    private static final String STYLE = "body{font-family:Rubik,system-ui,sans-serif;margin:2rem;color:#222}"
            + "table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;"
            + "text-align:start;vertical-align:top}th{background:#f2f2f2}td.n{text-align:end}"
            + ".empty{color:#777;font-style:italic}";

    private HtmlReport() {
    }

    static String write(List<Report> reports) {
        Report first = reports.isEmpty() ? null : reports.get(0);
        String lang = first == null ? "en" : first.languageTag();
        boolean rtl = first != null && first.rightToLeft();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(MarkupText.escape(lang))
                .append("\" dir=\"").append(rtl ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(first == null ? "" : MarkupText.escape(first.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (Report report : reports) {
            html.append("<h1>").append(MarkupText.escape(report.title())).append("</h1>\n");
            for (ReportSection section : report.sections()) {
                html.append("<h2>").append(MarkupText.escape(section.heading())).append("</h2>\n");
                if (section.isEmpty()) {
                    html.append("<p class=\"empty\">").append(MarkupText.escape(section.emptyNote())).append("</p>\n");
                    continue;
                }
                html.append("<table>\n<tr>");
                section.columns().forEach(c -> html.append("<th>").append(MarkupText.escape(c)).append("</th>"));
                html.append("</tr>\n");
                for (List<String> row : section.rows()) {
                    html.append("<tr>");
                    // dir=auto lets a Hebrew title in an English report (and the reverse) read the right way
                    row.forEach(c -> html.append("<td dir=\"auto\"").append(isNumber(c) ? " class=\"n\"" : "")
                            .append('>').append(MarkupText.escape(c)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static boolean isNumber(String cell) {
        return !cell.isEmpty() && cell.codePoints().anyMatch(Character::isDigit)
                && cell.codePoints().noneMatch(Character::isLetter);
    }
}
