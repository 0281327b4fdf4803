package app.masa.ui.canvas;

import app.masa.io.pictures.PictureImport;
import app.masa.ui.common.FxImages;
import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;

/**
 * Decodes a picture for the screen at about the size it is drawn. Only every n-th pixel is read, so
 * a 1,600-pixel photo shown 256 pixels wide costs a few hundred kilobytes, not eight megabytes: two
 * hundred of them decoded while the map pans would otherwise keep the garbage collector busy enough
 * to cost frames.
 */
final class ScreenPictures {
    private ScreenPictures() {
    }

    /** The picture no larger than {@code side} on its long side, or null when it cannot be read. */
    static WritableImage decode(byte[] bytes, int side) {
        BufferedImage image = PictureImport.pixels(bytes, side);
        return image == null ? null : FxImages.toFx(image);
    }
}
