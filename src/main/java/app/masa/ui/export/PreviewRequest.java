package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.model.JourneyMap;
import java.util.List;

/**
 * What the preview should show: the chosen maps (the first one is drawn), the format and its options,
 * and whether Masa chooses the paper.
 */
record PreviewRequest(List<JourneyMap> maps, ExportFormat format, ExportOptions options, boolean readablePaper) {
    PreviewRequest {
        maps = List.copyOf(maps);
    }
}
