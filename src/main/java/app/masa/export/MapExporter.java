package app.masa.export;

import app.masa.model.JourneyMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes maps to a file in one format. The target is replaced atomically, or left untouched on failure. */
public interface MapExporter {
    void export(List<JourneyMap> maps, ExportOptions options, Path target, ExportProgress progress)
            throws IOException, ExportCancelledException;

    static MapExporter of(ExportFormat format) {
        return switch (format) {
            case PDF -> new PdfExporter();
            case PNG -> new PngExporter();
            case SVG -> new SvgExporter();
        };
    }
}
