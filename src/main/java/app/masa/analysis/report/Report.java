package app.masa.analysis.report;

import java.util.List;

/**
 * The insights report of one map, in words and numbers ready to print.
 *
 * @param rightToLeft whether the report's language reads right to left
 */
public record Report(String title, String languageTag, boolean rightToLeft, List<ReportSection> sections) {
    public Report {
        sections = List.copyOf(sections);
    }
}
