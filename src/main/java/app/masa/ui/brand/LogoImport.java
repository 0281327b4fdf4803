package app.masa.ui.brand;

import app.masa.i18n.Messages;
import app.masa.layout.PhotoCheck;
import app.masa.model.PersonaPhoto;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Turns a picture on disk into the brand's logo: scaled down so its longer side is at most
 * {@value #MAX_SIDE} pixels (sharp at the 48-point height a printed title block gives it) and kept as
 * PNG, so a logo's transparent background stays transparent on any theme. The picture's header is
 * checked before anything decodes it, so a small file claiming a gigantic picture changes nothing.
 */
final class LogoImport {
    static final int MAX_SIDE = 600;
    private static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    /** A logo, or the plain sentence that says why there is none. */
    record Result(String dataUri, String problem) {
        boolean ok() {
            return dataUri != null;
        }
    }

    private LogoImport() {
    }

    static Result fromFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Result(null, Messages.get("brand.logo.tooLarge", name));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Result(null, Messages.get("brand.logo.unreadable", name));
        }
        if (PhotoCheck.size(bytes) == null) {
            return new Result(null, Messages.get("brand.logo.unreadable", name));
        }
        Image image = new Image(new ByteArrayInputStream(bytes), MAX_SIDE, MAX_SIDE, true, true);
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1) {
            return new Result(null, Messages.get("brand.logo.unreadable", name));
        }
        try {
            String uri = PersonaPhoto.dataUri("image/png", png(image));
            if (!PersonaPhoto.isWithinSize(uri)) {
                return new Result(null, Messages.get("brand.logo.tooLarge", name));
            }
            return new Result(uri, null);
        } catch (IOException e) {
            return new Result(null, Messages.get("brand.logo.unreadable", name));
        }
    }

    private static byte[] png(Image image) throws IOException {
        int w = (int) Math.round(image.getWidth());
        int h = (int) Math.round(image.getHeight());
        PixelReader pixels = image.getPixelReader();
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(argb, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}
