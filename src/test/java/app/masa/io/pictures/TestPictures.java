package app.masa.io.pictures;

import app.masa.model.PersonaPhoto;
import app.masa.model.Picture;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures made for tests: a wide one whose left half is red and right half blue, so a crop shows which side it kept. */
public final class TestPictures {
    public static final Color LEFT = new Color(220, 30, 30);
    public static final Color RIGHT = new Color(30, 60, 220);

    private TestPictures() {
    }

    /** Red on the left, blue on the right. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(LEFT);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(RIGHT);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 400 × 200 picture of the two halves, as a card keeps it. */
    public static Picture picture() {
        return Picture.of(PersonaPhoto.dataUri("image/png", encoded(halves(400, 200), "png")));
    }

    public static Path write(Path folder, String name, BufferedImage image, String format) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, encoded(image, format));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
