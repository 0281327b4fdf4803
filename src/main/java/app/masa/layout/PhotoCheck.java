package app.masa.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether an embedded photo is safe to decode: its header must be readable and its size at most
 * {@link #MAX_PIXELS}. Only the header is read, so a small file that claims a gigantic picture (a
 * decompression bomb) never reaches a decoder; such a photo is drawn as the persona's initials.
 */
public final class PhotoCheck {
    /** 4096 × 4096: far more than the 512-pixel photos Masa embeds itself. */
    public static final long MAX_PIXELS = 4096L * 4096L;

    private PhotoCheck() {
    }

    public static boolean isDrawable(byte[] bytes) {
        return size(bytes) != null;
    }

    /** The image's width and height in pixels, or null when it is not safe to decode. */
    public static int[] size(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                boolean safe = width > 0 && height > 0 && width * height <= MAX_PIXELS;
                return safe ? new int[] {(int) width, (int) height} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
