package app.masa.ui.dialog;

import app.masa.export.MapImages;
import app.masa.layout.MapLayout;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A small picture of a laid-out map, drawn by the same painter as the exports, for windows that
 * show a map before it is opened (the New dialog, the recovery dialog). Safe off the UI thread.
 */
public final class MapThumbnail {
    private MapThumbnail() {
    }

    /** The map drawn at {@code scale} of its laid-out size. */
    public static Image of(MapLayout layout, double scale) {
        return toFx(MapImages.render(layout, scale, false));
    }

    /** The map drawn to fit within the box, never enlarged. */
    public static Image fitting(MapLayout layout, double maxWidth, double maxHeight) {
        double scale = Math.min(maxWidth / layout.width(), maxHeight / layout.height());
        return of(layout, Math.min(scale, 1));
    }

    private static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
