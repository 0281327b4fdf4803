package app.masa.io.pictures;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a picture small enough to live inside a map: fitted to {@value #MAX_SIDE} pixels on the
 * long side, then written as PNG when it is transparent (a logo, a screenshot's cut-out) and small
 * enough, else as JPEG at the best quality that stays near {@value #TARGET_BYTES} bytes.
 */
final class PictureEncoder {
    static final int MAX_SIDE = 1600;
    static final int TARGET_BYTES = 300 * 1024;
    private static final float[] QUALITIES = {0.86f, 0.78f, 0.68f, 0.58f};

    record Encoded(String mediaType, byte[] bytes) {
    }

    private PictureEncoder() {
    }

    /** The image scaled down (never up) so its long side is at most {@code side}, in halving steps for a smooth result. */
    static BufferedImage fit(BufferedImage image, int side) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, side / (double) Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * scale));
        int targetH = Math.max(1, (int) Math.round(h * scale));
        while (w != targetW || h != targetH || current.getType() != BufferedImage.TYPE_INT_ARGB) {
            w = Math.max(targetW, w / 2);
            h = Math.max(targetH, h / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setComposite(AlphaComposite.Src);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    static Encoded encode(BufferedImage image) throws IOException {
        if (isTransparent(image)) {
            byte[] png = png(image);
            if (png.length <= TARGET_BYTES) {
                return new Encoded("image/png", png);
            }
        }
        BufferedImage rgb = onWhite(image);
        while (true) {
            for (float quality : QUALITIES) {
                byte[] jpeg = jpeg(rgb, quality);
                if (jpeg.length <= TARGET_BYTES) {
                    return new Encoded("image/jpeg", jpeg);
                }
            }
            // Rare: a picture full of fine detail. A smaller one is still sharper than a blocky one.
            rgb = onWhite(fit(rgb, (int) (Math.max(rgb.getWidth(), rgb.getHeight()) * 0.8)));
        }
    }

    private static boolean isTransparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 255) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Transparency laid on white: JPEG has none, and a card is light. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage rgb, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
