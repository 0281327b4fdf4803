package app.masa.ui.persona;

import app.masa.i18n.Messages;
import app.masa.model.PersonaPhoto;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Turns a picture on disk into a persona photo: scaled down so its longer side is at most
 * {@value #MAX_SIDE} pixels, re-encoded as JPEG and embedded as a data URI, so the map carries it
 * and never loads anything from elsewhere. JPEG keeps a photo small; transparency, which photos
 * rarely have, is laid on white.
 */
public final class PhotoImport {
    public static final int MAX_SIDE = 512;
    private static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    /** A photo, or the plain sentence that says why there is none. */
    public record Result(String dataUri, String problem) {
        public boolean ok() {
            return dataUri != null;
        }
    }

    private PhotoImport() {
    }

    public static Result fromFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Result(null, Messages.get("persona.photo.tooLarge", name));
            }
        } catch (IOException e) {
            return new Result(null, Messages.get("persona.photo.unreadable", name));
        }
        Image image = new Image(file.toUri().toString(), MAX_SIDE, MAX_SIDE, true, true);
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1) {
            return new Result(null, Messages.get("persona.photo.unreadable", name));
        }
        try {
            byte[] jpeg = jpeg(image);
            String uri = PersonaPhoto.dataUri("image/jpeg", jpeg);
            if (!PersonaPhoto.isWithinSize(uri)) {
                return new Result(null, Messages.get("persona.photo.tooLarge", name));
            }
            return new Result(uri, null);
        } catch (IOException e) {
            return new Result(null, Messages.get("persona.photo.unreadable", name));
        }
    }

    /** The image's pixels as JPEG bytes; see the class comment for why JPEG. */
    static byte[] jpeg(Image image) throws IOException {
        int w = (int) Math.round(image.getWidth());
        int h = (int) Math.round(image.getHeight());
        PixelReader pixels = image.getPixelReader();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                rgb.setRGB(x, y, onWhite(pixels.getArgb(x, y)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(rgb, "jpeg", out)) {
            throw new IOException("no JPEG writer");
        }
        return out.toByteArray();
    }

    private static int onWhite(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb & 0xffffff;
        }
        int r = ((argb >> 16) & 0xff) * a / 255 + (255 - a);
        int g = ((argb >> 8) & 0xff) * a / 255 + (255 - a);
        int b = (argb & 0xff) * a / 255 + (255 - a);
        return (r << 16) | (g << 8) | b;
    }
}
