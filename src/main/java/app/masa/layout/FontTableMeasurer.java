package app.masa.layout;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Measures with the bundled font files' own tables: a character's glyph from the cmap, its advance
 * from hmtx, ascent and descent from hhea, as {@link FontAdvances} keeps them beside each font.
 * Widths are sums of those advances, which is what PDFBox, Java2D and JavaFX all lay down for
 * unkerned text, so every painter agrees; they equal what AWT reports for the same files, without
 * starting AWT's font system or parsing the fonts, which cost a cold command-line export a tenth of
 * its time.
 */
public final class FontTableMeasurer implements TextMeasurer {
    /** Advances are summed at this size, as AWT reported them, so that every width is as before to the last bit. */
    private static final float REFERENCE_SIZE = 1000f;
    private static final FontTableMeasurer SHARED = new FontTableMeasurer();

    private final AtomicReferenceArray<FontAdvances> faces = new AtomicReferenceArray<>(FontFace.values().length);
    private final double ascentPerUnit;
    private final double descentPerUnit;

    private FontTableMeasurer() {
        FontAdvances regular = face(FontFace.REGULAR);
        this.ascentPerUnit = (double) regular.ascender() / regular.unitsPerEm();
        this.descentPerUnit = (double) -regular.descender() / regular.unitsPerEm();
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
        FontAdvances face = face(fontFace);
        float unitsPerEm = face.unitsPerEm();
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Half a surrogate pair: the pair counts once, on its high half, as wide as an M.
            char measured = Character.isHighSurrogate(c) ? 'M' : c;
            total += face.advance(measured) * REFERENCE_SIZE / unitsPerEm;
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

    /** A face is read the first time something is set in it: most maps never use the title serif. */
    private FontAdvances face(FontFace fontFace) {
        FontAdvances face = faces.get(fontFace.ordinal());
        if (face == null) {
            faces.compareAndSet(fontFace.ordinal(), null, FontAdvances.of(fontFace));
            face = faces.get(fontFace.ordinal());
        }
        return face;
    }
}
