package app.masa.export;

import app.masa.layout.LayoutEngine;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes maps to a file in one format. The target is replaced atomically, or left untouched on failure. */
public interface MapExporter {
    void export(List<JourneyMap> maps, ExportOptions options, Path target, ExportProgress progress)
            throws IOException, ExportCancelledException;

    static MapExporter of(ExportFormat format) {
        return of(format, new LayoutEngine());
    }

    /** An exporter laying out with {@code engine}: maps it has laid out already are not laid out again. */
    static MapExporter of(ExportFormat format, LayoutEngine engine) {
        return switch (format) {
            case PDF -> new PdfExporter(engine);
            case PNG -> new PngExporter(engine);
            case SVG -> new SvgExporter(engine);
        };
    }
}
