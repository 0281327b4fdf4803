package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.model.JourneyMap;
import java.util.List;

/** What the preview should show: the chosen maps (the first one is drawn), the format and its options. */
record PreviewRequest(List<JourneyMap> maps, ExportFormat format, ExportOptions options) {
    PreviewRequest {
        maps = List.copyOf(maps);
    }
}
