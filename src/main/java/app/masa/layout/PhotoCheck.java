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
        if (bytes == null || bytes.length == 0) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                return width > 0 && height > 0 && width * height <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
