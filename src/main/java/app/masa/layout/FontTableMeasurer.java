package app.masa.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Measures with the bundled font files' own tables: a character's glyph from the cmap, its advance
 * from hmtx, ascent and descent from hhea. Widths are sums of those advances, which is what PDFBox,
 * Java2D and JavaFX all lay down for unkerned text, so every painter agrees; they equal what AWT
 * reports for the same files, without starting AWT's font system, which costs a cold command-line
 * export or a designer start a tenth of its time. Advances are cached per character: wrapping
 * thousands of cards per frame must not look a glyph up per word.
 */
public final class FontTableMeasurer implements TextMeasurer {
    /** Advances are kept at this size, as AWT reported them. */
    private static final float REFERENCE_SIZE = 1000f;
    private static final FontTableMeasurer SHARED = new FontTableMeasurer();

    private final AtomicReferenceArray<Face> faces = new AtomicReferenceArray<>(FontFace.values().length);
    private final float[][] advances = new float[FontFace.values().length][0x10000];
    private final double ascentPerUnit;
    private final double descentPerUnit;

    /** One face's tables; the parser reads them on first use, so lookups take its lock. */
    private record Face(TrueTypeFont font, CmapLookup cmap, float unitsPerEm) {
        synchronized float advance(int codePoint) throws IOException {
            return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) * REFERENCE_SIZE / unitsPerEm;
        }
    }

    private FontTableMeasurer() {
        for (float[] cache : advances) {
            Arrays.fill(cache, Float.NaN);
        }
        Face regular = face(FontFace.REGULAR);
        try {
            this.ascentPerUnit = regular.font().getHorizontalHeader().getAscender() / regular.unitsPerEm();
            this.descentPerUnit = -regular.font().getHorizontalHeader().getDescender() / regular.unitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one measurer of the process. */
    public static FontTableMeasurer shared() {
        return SHARED;
    }

    @Override
    public double width(String text, boolean isBold, double size) {
        return width(text, FontFace.text(isBold), size);
    }

    @Override
    public double width(String text, FontFace fontFace, double size) {
        float[] cache = advances[fontFace.ordinal()];
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float advance = cache[c];
            if (Float.isNaN(advance)) {
                advance = advanceOf(fontFace, c);
                cache[c] = advance;
            }
            total += advance;
        }
        return total * size / REFERENCE_SIZE;
    }

    @Override
    public double ascent(double size) {
        return ascentPerUnit * size;
    }

    @Override
    public double descent(double size) {
        return descentPerUnit * size;
    }

    private float advanceOf(FontFace fontFace, char c) {
        if (Character.isSurrogate(c)) {
            // Half a pair: count the pair's width once, on its high half.
            return Character.isHighSurrogate(c) ? advanceOf(fontFace, 'M') : 0f;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return 0f; // drawn as nothing by every painter, not as the missing-glyph box
        }
        try {
            return face(fontFace).advance(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A face is read the first time something is set in it: most maps never use the title serif. */
    private Face face(FontFace fontFace) {
        Face face = faces.get(fontFace.ordinal());
        if (face == null) {
            faces.compareAndSet(fontFace.ordinal(), null, load(fontFace));
            face = faces.get(fontFace.ordinal());
        }
        return face;
    }

    private static Face load(FontFace fontFace) {
        try {
            // As an embedded font: only the tables that place glyphs, not the glyph names.
            TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(fontFace.bytes()));
            return new Face(font, font.getUnicodeCmapLookup(), font.getUnitsPerEm());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font cannot be read: " + fontFace.resource(), e);
        }
    }
}
