package app.masa.ui.canvas;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Compares two pictures of the canvas pixel by pixel. */
final class PixelComparison {
    private PixelComparison() {
    }

    /**
     * Share of the pixels in the top left {@code w} by {@code h} (the map, the scroll bars aside)
     * whose colour differs by more than {@code tolerance} in some channel.
     */
    static double differingShare(WritableImage a, WritableImage b, int w, int h, int tolerance) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs(((pa >> shift) & 0xff) - ((pb >> shift) & 0xff)) > tolerance) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return (double) differing / ((double) w * h);
    }
}
