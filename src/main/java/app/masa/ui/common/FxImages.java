package app.masa.ui.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Turns Java2D pictures (what PDFBox renders) into JavaFX images without the javafx-swing bridge.
 * Safe on any thread: the image is not yet shown anywhere.
 */
public final class FxImages {
    private FxImages() {
    }

    public static WritableImage toFx(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
