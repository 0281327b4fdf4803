package app.masa.ui.export;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;

/** What the Export dialog asked for: the format, its options, and whether every map goes out. */
public record ExportRequest(ExportFormat format, ExportOptions options, boolean allMaps) {
}
