package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;

/**
 * Opaque pixels of part of a map's picture: {@code scale} pixels per layout unit, the first pixel
 * at ({@code originX}, {@code originY}) in the whole picture at that scale. Never changed once made.
 */
record Picture(MapLayout layout, double scale, double originX, double originY, int width, int height,
               int[] argb) {

    /** Whether the picture shows all of this rectangle of the map (in layout units). */
    boolean covers(Rect r) {
        return r.x() * scale >= originX && r.y() * scale >= originY
                && r.maxX() * scale <= originX + width && r.maxY() * scale <= originY + height;
    }

    /**
     * Fills {@code out} ({@code width} by {@code height}, row by row) with this picture as it looks
     * at another scale, its first pixel at ({@code left}, {@code top}) in the whole picture at that
     * scale: each pixel takes the colour of the nearest one here, {@code background} where this
     * picture does not reach. Costs one array read a pixel, less than a frame's budget for a screen.
     */
    void resample(double scale, double left, double top, int width, int height, int background, int[] out) {
        double k = this.scale / scale;
        int[] columns = new int[width];
        for (int x = 0; x < width; x++) {
            columns[x] = index((left + x + 0.5) * k - originX, this.width);
        }
        for (int y = 0; y < height; y++) {
            int row = index((top + y + 0.5) * k - originY, this.height);
            int at = y * width;
            if (row < 0) {
                java.util.Arrays.fill(out, at, at + width, background);
                continue;
            }
            int rowStart = row * this.width;
            for (int x = 0; x < width; x++) {
                int column = columns[x];
                out[at + x] = column < 0 ? background : argb[rowStart + column];
            }
        }
    }

    private static int index(double pixel, int size) {
        int i = (int) Math.floor(pixel);
        return i < 0 || i >= size ? -1 : i;
    }
}
