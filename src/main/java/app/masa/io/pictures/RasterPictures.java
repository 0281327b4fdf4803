package app.masa.io.pictures;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG, JPEG, GIF and BMP pictures without trusting them: the size in the header is checked
 * before any pixel is decoded (a small file may claim a gigantic picture), and a large photo is
 * decoded with every n-th pixel only, so a 48-megapixel photo never needs 200 MB of memory.
 */
final class RasterPictures {
    /** 100 megapixels: more than any camera of a phone. */
    static final long MAX_PIXELS = 100_000_000L;
    static final int MAX_SIDE = 30_000;

    private RasterPictures() {
    }

    /** The picture at no less than {@code side} pixels on its long side when it has them, then fitted to it. */
    static BufferedImage read(byte[] bytes, int side) throws PictureException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new PictureException("picture.import.kind");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new PictureException("picture.import.unreadable");
                }
                if (Math.max(width, height) > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new PictureException("picture.import.tooManyPixels", width, height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / side);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return PictureEncoder.fit(image, side);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PictureException("picture.import.unreadable");
        }
    }
}
