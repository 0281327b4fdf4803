package app.masa.analysis.report;

import java.util.Locale;
import java.util.Optional;

/** The ways the insights report can be written. */
public enum ReportFormat {
    MARKDOWN("md"),
    CSV("csv"),
    HTML("html");

    private final String name;

    ReportFormat(String name) {
        this.name = name;
    }

    /** The short name used on the command line and as the file extension. */
    public String shortName() {
        return name;
    }

    public static Optional<ReportFormat> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name.equals(wanted) || format.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || (format == HTML && wanted.equals("htm"))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Writes reports (one per map, one after another) in this format. */
    public String write(java.util.List<Report> reports) {
        return switch (this) {
            case MARKDOWN -> MarkdownReport.write(reports);
            case CSV -> CsvReport.write(reports);
            case HTML -> HtmlReport.write(reports);
        };
    }

    /** The reports as a file's bytes in UTF-8; a CSV file starts with the mark Excel needs to read it so. */
    public byte[] file(java.util.List<Report> reports) {
        return this == CSV ? CsvReport.file(reports) : write(reports).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
