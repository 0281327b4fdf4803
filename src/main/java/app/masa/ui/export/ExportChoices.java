package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import java.nio.file.Path;

/**
 * What the Export dialog remembers for one journey file: the format, the options, and the file
 * last written, so the next export of that file starts where the last one ended.
 *
 * @param target the file last exported to, or null before the first export
 * @param readablePaper Masa chooses the paper that prints card text readably (the page in
 *                      {@code options} is then only a stand-in)
 */
public record ExportChoices(ExportFormat format, ExportOptions options, Path target, boolean readablePaper) {
    public ExportChoices {
        format = format == null ? ExportFormat.PDF : format;
        options = options == null ? ExportOptions.defaults() : options;
    }

    public static ExportChoices defaults() {
        return new ExportChoices(ExportFormat.PDF, ExportOptions.defaults(), null, true);
    }

    public ExportChoices withTarget(Path newTarget) {
        return new ExportChoices(format, options, newTarget, readablePaper);
    }
}
