package app.masa.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Measures with the bundled font files through AWT (works headless). Widths are sums of glyph
 * advances, which is what PDFBox, Java2D and JavaFX all lay down for unkerned text, so every
 * painter agrees. Advances are cached per character at one reference size: wrapping thousands of
 * cards per frame must not call into the font engine per word.
 */
public final class AwtTextMeasurer implements TextMeasurer {
    private static final float REFERENCE_SIZE = 1000f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static volatile AwtTextMeasurer shared;

    private final AtomicReferenceArray<Font> fonts = new AtomicReferenceArray<>(FontFace.values().length);
    private final float[][] advances = new float[FontFace.values().length][0x10000];
    private final double ascentPerUnit;
    private final double descentPerUnit;

    private AwtTextMeasurer() {
        for (float[] cache : advances) {
            Arrays.fill(cache, Float.NaN);
        }
        Font regular = fontOf(FontFace.REGULAR);
        LineMetrics metrics = regular.getLineMetrics("Hg\u05d0", FRC);
        this.ascentPerUnit = metrics.getAscent() / REFERENCE_SIZE;
        this.descentPerUnit = metrics.getDescent() / REFERENCE_SIZE;
    }

    /** The one measurer of the process: loading the fonts costs a few milliseconds. */
    public static AwtTextMeasurer shared() {
        AwtTextMeasurer m = shared;
        if (m == null) {
            synchronized (AwtTextMeasurer.class) {
                m = shared;
                if (m == null) {
                    m = new AwtTextMeasurer();
                    shared = m;
                }
            }
        }
        return m;
    }

    /** The AWT font at a size, for the Java2D painter. */
    public Font font(boolean isBold, double size) {
        return font(FontFace.text(isBold), size);
    }

    /** The AWT font of a face at a size, for the Java2D painter. */
    public Font font(FontFace face, double size) {
        return fontOf(face).deriveFont((float) size);
    }

    @Override
    public double width(String text, boolean isBold, double size) {
        return width(text, FontFace.text(isBold), size);
    }

    @Override
    public double width(String text, FontFace face, double size) {
        float[] cache = advances[face.ordinal()];
        Font font = null;
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float advance = cache[c];
            if (Float.isNaN(advance)) {
                font = font == null ? fontOf(face) : font;
                advance = advanceOf(font, c);
                cache[c] = advance;
            }
            total += advance;
        }
        return total * size / REFERENCE_SIZE;
    }

    /** A face is read the first time something is set in it: most maps never use the title serif. */
    private Font fontOf(FontFace face) {
        Font font = fonts.get(face.ordinal());
        if (font == null) {
            fonts.compareAndSet(face.ordinal(), null, load(face));
            font = fonts.get(face.ordinal());
        }
        return font;
    }

    @Override
    public double ascent(double size) {
        return ascentPerUnit * size;
    }

    @Override
    public double descent(double size) {
        return descentPerUnit * size;
    }

    private static float advanceOf(Font font, char c) {
        if (Character.isSurrogate(c)) {
            // Half a pair: count the pair's width once, on its high half.
            return Character.isHighSurrogate(c) ? advanceOf(font, 'M') : 0f;
        }
        GlyphVector glyphs = font.createGlyphVector(FRC, new char[] {c});
        return glyphs.getGlyphMetrics(0).getAdvanceX();
    }

    private static Font load(FontFace face) {
        try (InputStream in = face.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(REFERENCE_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font cannot be read: " + face.resource(), e);
        }
    }
}
