package app.masa.export;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the pages of one map: a single page the size of the map (FIT), the map scaled onto one
 * sheet of paper, or full-size tiles with a small overlap for gluing a poster together.
 */
final class PdfPagePlanner {
    /** Room at the bottom of paper pages for the page number and tile label. */
    static final double FOOTER = 16;
    /** The most a small map is enlarged to fill a sheet. */
    private static final double MAX_ENLARGEMENT = 2;

    private PdfPagePlanner() {
    }

    static List<PdfPage> plan(MapLayout layout, ExportOptions options) {
        double w = layout.width();
        double h = layout.height();
        if (options.page() == PageSize.FIT) {
            Rect all = new Rect(0, 0, w, h);
            return List.of(new PdfPage(w, h, 1, 0, 0, all, all, 0, 0));
        }
        boolean landscape = switch (options.orientation()) {
            case LANDSCAPE -> true;
            case PORTRAIT -> false;
            case AUTO -> w > h;
        };
        double pageW = landscape ? options.page().height() : options.page().width();
        double pageH = landscape ? options.page().width() : options.page().height();
        double m = Math.min(options.margin(), Math.min(pageW, pageH) / 4);
        double availW = pageW - 2 * m;
        double availH = pageH - 2 * m - FOOTER;
        Rect frame = new Rect(m, m, availW, availH);
        if (!options.tiles()) {
            double scale = Math.min(MAX_ENLARGEMENT, Math.min(availW / w, availH / h));
            double originX = m + (availW - w * scale) / 2;
            return List.of(new PdfPage(pageW, pageH, scale, originX, m, new Rect(0, 0, w, h), frame, 0, 0));
        }
        double overlap = ExportOptions.TILE_OVERLAP;
        int columns = Math.max(1, (int) Math.ceil((w - overlap) / (availW - overlap)));
        int rows = Math.max(1, (int) Math.ceil((h - overlap) / (availH - overlap)));
        boolean rtl = layout.direction().isRightToLeft();
        List<PdfPage> pages = new ArrayList<>(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                // Tiles are numbered in reading order: a right-to-left map starts at its right edge.
                double x0 = rtl ? w - availW - c * (availW - overlap) : c * (availW - overlap);
                double y0 = r * (availH - overlap);
                Rect window = new Rect(x0, y0, availW, availH);
                pages.add(new PdfPage(pageW, pageH, 1, m - x0, m - y0, window, frame, r + 1, c + 1));
            }
        }
        return pages;
    }
}
