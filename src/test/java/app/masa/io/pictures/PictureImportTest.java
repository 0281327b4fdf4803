package app.masa.io.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.layout.PhotoCheck;
import app.masa.model.PersonaPhoto;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture brought in is made small enough to live in the map, and a picture that cannot be read
 * safely is refused with a sentence naming the file, before any of its pixels are decoded.
 */
@InterfaceLanguage("en")
class PictureImportTest {
    @TempDir
    Path folder;

    @Test
    void aLargePhotoIsScaledTo1600PixelsAndKeptNear300Kilobytes() {
        BufferedImage photo = photoLike(4000, 3000);
        Path file = TestPictures.write(folder, "market.jpg", photo, "jpeg");

        PictureImport.Result result = PictureImport.fromFile(file);

        assertThat(result.ok()).as(result.problem()).isTrue();
        byte[] bytes = PersonaPhoto.bytes(result.picture().image()).orElseThrow();
        assertThat(PersonaPhoto.mediaType(result.picture().image())).contains("image/jpeg");
        assertThat(PhotoCheck.size(bytes)).containsExactly(1600, 1200);
        assertThat(bytes.length).isLessThanOrEqualTo(PictureEncoder.TARGET_BYTES);
        assertThat(result.picture().focusX()).isEqualTo(0.5);
    }

    @Test
    void aPictureFullOfFineDetailIsMadeSmallerStillRatherThanBlocky() {
        PictureImport.Result result = PictureImport.fromBytes(TestPictures.encoded(noisy(4000, 3000), "png"),
                "noise.png");

        byte[] bytes = PersonaPhoto.bytes(result.picture().image()).orElseThrow();
        assertThat(bytes.length).isLessThanOrEqualTo(PictureEncoder.TARGET_BYTES);
        assertThat(PhotoCheck.size(bytes)[0]).isLessThan(1600).isGreaterThan(600);
    }

    @Test
    void aSmallPictureIsNeverEnlargedAndATransparentOneStaysPng() {
        BufferedImage logo = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(40, 120, 60));
        g.fillOval(10, 10, 60, 60);
        g.dispose();

        PictureImport.Result result = PictureImport.fromBytes(TestPictures.encoded(logo, "png"), "logo.png");

        byte[] bytes = PersonaPhoto.bytes(result.picture().image()).orElseThrow();
        assertThat(PersonaPhoto.mediaType(result.picture().image())).contains("image/png");
        assertThat(PhotoCheck.size(bytes)).containsExactly(120, 80);
    }

    @Test
    void anSvgDrawingIsRasterisedWithoutLoadingWhatItNames() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.png"), "not to be read");
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="200">
                  <rect width="300" height="200" fill="#2e7d32"/>
                  <image href="%s" width="300" height="200"/>
                  <image xlink:href="http://192.0.2.1/tracker.png" width="10" height="10"/>
                </svg>
                """.formatted(secret.toUri());

        PictureImport.Result result = PictureImport.fromBytes(svg.getBytes(StandardCharsets.UTF_8), "shop.svg");

        assertThat(result.ok()).as(result.problem()).isTrue();
        byte[] bytes = PersonaPhoto.bytes(result.picture().image()).orElseThrow();
        assertThat(PhotoCheck.size(bytes)).containsExactly(1600, 1067);
        BufferedImage drawn = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        Color middle = new Color(drawn.getRGB(800, 530));
        assertThat(middle.getGreen()).isGreaterThan(100);
        assertThat(middle.getRed()).isLessThan(80);
    }

    @Test
    void anSvgsEntitiesAreNeitherFetchedNorExpanded() throws Exception {
        Path secret = Files.writeString(folder.resolve("passwords.txt"), "hunter2 hunter2 hunter2");
        String svg = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "%s"><!ENTITY a "WWWWWWWWWWWW">]>
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100">
                  <rect width="400" height="100" fill="white"/>
                  <text x="5" y="70" font-size="60" fill="black">&secret;&a;</text>
                </svg>
                """.formatted(secret.toUri());

        PictureImport.Result result = PictureImport.fromBytes(svg.getBytes(StandardCharsets.UTF_8), "evil.svg");

        assertThat(result.ok()).as(result.problem()).isTrue();
        BufferedImage drawn = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                PersonaPhoto.bytes(result.picture().image()).orElseThrow()));
        int darkest = 255;
        for (int y = 0; y < drawn.getHeight(); y += 2) {
            for (int x = 0; x < drawn.getWidth(); x += 2) {
                darkest = Math.min(darkest, new Color(drawn.getRGB(x, y)).getRed());
            }
        }
        assertThat(darkest).as("no text was drawn from the entities").isGreaterThan(200);
    }

    @Test
    void aPictureClaimingGiganticSizeIsRefusedByItsHeader() throws Exception {
        byte[] bomb = pngHeaderOnly(100_000, 100_000);

        PictureImport.Result result = PictureImport.fromBytes(bomb, "bomb.png");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).isEqualTo("“bomb.png” is 100000 × 100000 pixels, more than Masa takes "
                + "(100 megapixels, 30,000 pixels on a side). Make it smaller first.");
    }

    @Test
    void brokenDataAndOtherFilesGetASentenceNamingThem() throws Exception {
        byte[] png = TestPictures.encoded(TestPictures.halves(200, 100), "png");
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertThat(PictureImport.fromBytes(cut, "cut.png").problem())
                .isEqualTo("“cut.png” could not be read as a picture: the file is damaged or in a form Masa cannot read.");
        assertThat(PictureImport.fromBytes("hello".getBytes(StandardCharsets.UTF_8), "notes.txt").problem())
                .isEqualTo("“notes.txt” is not a picture Masa can read. Choose a PNG, JPEG, GIF, BMP or SVG file.");
        assertThat(PictureImport.fromBytes("<svg".getBytes(StandardCharsets.UTF_8), "half.svg").ok()).isFalse();
        assertThat(PictureImport.fromFile(folder.resolve("gone.png")).problem())
                .isEqualTo("“gone.png” could not be opened. Check that the file is there and that you may read it.");
    }

    @Test
    void pixelsFromTheClipboardBecomeAPicture() {
        BufferedImage image = TestPictures.halves(64, 32);
        int[] argb = image.getRGB(0, 0, 64, 32, null, 0, 64);

        PictureImport.Result result = PictureImport.fromPixels(64, 32, argb, "clipboard");

        assertThat(PhotoCheck.size(PersonaPhoto.bytes(result.picture().image()).orElseThrow())).containsExactly(64, 32);
        assertThat(PictureImport.fromPixels(0, 32, new int[0], "clipboard").ok()).isFalse();
    }

    /** Soft gradients with some edges: what a photo of a shop front compresses like. */
    private static BufferedImage photoLike(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(250, 220, 160), w, h, new Color(40, 110, 70)));
        g.fillRect(0, 0, w, h);
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(w), random.nextInt(h), 40 + random.nextInt(300), 40 + random.nextInt(300));
        }
        g.dispose();
        return image;
    }

    /** Random colour: the hardest case for JPEG, so the size limit is really tested. */
    private static BufferedImage noisy(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < h; y += 4) {
            for (int x = 0; x < w; x += 4) {
                int rgb = random.nextInt(0xffffff);
                for (int dy = 0; dy < 4; dy++) {
                    for (int dx = 0; dx < 4; dx++) {
                        image.setRGB(x + dx, y + dy, rgb);
                    }
                }
            }
        }
        return image;
    }

    /** A PNG signature and header chunk claiming a size, and a few bytes of compressed zeros. */
    private static byte[] pngHeaderOnly(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(zeros)) {
            z.write(new byte[100_000]);
        }
        chunk(out, "IDAT", zeros.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
