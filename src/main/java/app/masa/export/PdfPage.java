package app.masa.export;

import app.masa.layout.Rect;

/**
 * One page of a PDF export: its paper size, where the map's origin lands and at what scale, the
 * part of the map it shows, and for tiles its row and column (counted in reading order).
 *
 * @param originX page x (points from the left) of the map's origin
 * @param originY page y (points from the top) of the map's origin
 * @param window the part of the map on this page, in layout units
 * @param row 1-based tile row, 0 when the page is not a tile
 */
record PdfPage(double width, double height, double scale, double originX, double originY, Rect window,
               Rect frame, int row, int column) {
    boolean tile() {
        return row > 0;
    }
}
