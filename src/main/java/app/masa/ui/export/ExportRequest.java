package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import java.util.List;

/**
 * What the Export dialog asked for: the format, its options (with the chosen stages), the ids of the
 * maps to export, in the file's order, and whether Masa chooses the paper that keeps text readable.
 */
public record ExportRequest(ExportFormat format, ExportOptions options, List<String> mapIds, boolean readablePaper) {
    public ExportRequest {
        mapIds = List.copyOf(mapIds);
    }

    public ExportChoices choices() {
        return new ExportChoices(format, options, null, readablePaper);
    }
}
