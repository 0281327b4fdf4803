package app.masa.export;

import app.masa.layout.FontFace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The glyphs one bundled face needs for the characters a document uses, as a small
 * TrueType file. Characters the font lacks are left to the viewer's fallback font, as on screen.
 */
final class SvgFontSubset {
    /**
     * What a TrueType font needs to draw (and browsers require to accept it). Kerning and
     * substitution tables are left out: the layout measures without them, like the PDF.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "loca", "glyf", "hmtx",
            "name", "post", "cvt ", "fpgm", "prep", "gasp");
    private final FontFace face;
    private final Set<Integer> codePoints = new TreeSet<>();

    SvgFontSubset(FontFace face) {
        this.face = face;
    }

    FontFace face() {
        return face;
    }

    void use(String text) {
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(codePoints::add);
    }

    boolean isEmpty() {
        return codePoints.isEmpty();
    }

    /** The subset font file; the bundled fonts are part of the application, so failing to read them is a bug. */
    byte[] ttf() {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int codePoint : codePoints) {
                // Only what the face draws: the rest (an emoji, say) is the viewer's fallback font's,
                // and the subset's cmap could not hold a character beyond the Basic Multilingual Plane.
                if (codePoint <= Character.MAX_VALUE && cmap.getGlyphId(codePoint) != 0) {
                    subsetter.add(codePoint);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the bundled font " + face.resource(), e);
        }
    }
}
