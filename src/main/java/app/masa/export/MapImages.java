package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.Rect;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;

/**
 * Renders a layout to pixels with Java2D, headless: whole, for anyone who needs a picture of a map
 * (the canvas tests compare their snapshot with it), or band by band for the PNG writer, so a
 * poster-sized map never sits in memory as one image.
 */
public final class MapImages {
    /** The largest image made in one piece: 100 million pixels, 400 MB. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** The largest image written band by band: a billion pixels, far beyond any slide or poster. */
    public static final long MAX_STREAMED_PIXELS = 1_000_000_000L;
    private static final int BAND_ROWS = 256;
    /** How far strokes and shadows reach outside the shapes the painter is asked to cull by. */
    private static final double BLEED = 4;

    /** Receives rendered rows in ARGB, {@code width} per row, top to bottom. */
    @FunctionalInterface
    public interface RowSink {
        void rows(int[] argb, int count) throws IOException;
    }

    private MapImages() {
    }

    /**
     * @param scale pixels per layout unit (1 = 72 dpi print size, 2 = retina slides)
     * @param transparent leave the background transparent instead of painting it
     */
    public static BufferedImage render(MapLayout layout, double scale, boolean transparent) {
        int w = width(layout, scale);
        int h = height(layout, scale);
        check(w, h, MAX_PIXELS);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        paint(image, layout, scale, transparent, 0, null);
        return image;
    }

    /** Renders in bands of rows, handing each to {@code sink}; returns nothing and keeps little memory. */
    public static void renderInBands(MapLayout layout, double scale, boolean transparent, RowSink sink)
            throws IOException {
        int w = width(layout, scale);
        int h = height(layout, scale);
        check(w, h, MAX_STREAMED_PIXELS);
        BufferedImage band = new BufferedImage(w, Math.min(BAND_ROWS, h), BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        for (int top = 0; top < h; top += band.getHeight()) {
            int rows = Math.min(band.getHeight(), h - top);
            Rect viewport = new Rect(-BLEED, top / scale - BLEED, layout.width() + 2 * BLEED,
                    band.getHeight() / scale + 2 * BLEED);
            paint(band, layout, scale, transparent, top, viewport);
            sink.rows(pixels, rows);
        }
    }

    public static int width(MapLayout layout, double scale) {
        return Math.max(1, (int) Math.ceil(layout.width() * scale));
    }

    public static int height(MapLayout layout, double scale) {
        return Math.max(1, (int) Math.ceil(layout.height() * scale));
    }

    private static void check(int w, int h, long limit) {
        if ((long) w * h > limit || w >= Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException(Messages.get("export.png.tooLarge", w, h));
        }
    }

    /**
     * A graphics context on an image, set up as every picture of a map is painted: smooth edges,
     * and glyphs at the fractional positions the layout measured them at.
     */
    public static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static void paint(BufferedImage image, MapLayout layout, double scale, boolean transparent, int top,
                              Rect viewport) {
        Graphics2D g = graphics(image);
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.translate(0, -top);
            g.scale(scale, scale);
            MapPainter.paint(layout, new Java2dSurface(g, layout.style().typography()), !transparent, viewport);
        } finally {
            g.dispose();
        }
    }
}
