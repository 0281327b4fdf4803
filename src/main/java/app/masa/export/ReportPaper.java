package app.masa.export;

import app.masa.layout.Rect;

/**
 * The sheet the insights report is printed on: the export's paper size upright, since the report is
 * read like a document; A4 when the map itself is exported at its own size.
 */
final class ReportPaper {
    private ReportPaper() {
    }

    static PdfPage of(ExportOptions options) {
        PageSize size = options.page() == PageSize.FIT ? PageSize.A4 : options.page();
        double w = size.width();
        double h = size.height();
        double m = Math.max(24, Math.min(options.margin(), w / 4));
        Rect frame = new Rect(m, m, w - 2 * m, h - 2 * m - PdfPagePlanner.FOOTER);
        return new PdfPage(w, h, 1, 0, 0, frame, frame, 0, 0);
    }
}
