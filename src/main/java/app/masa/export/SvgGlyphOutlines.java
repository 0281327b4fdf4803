package app.masa.export;

import app.masa.layout.FontFace;
import app.masa.layout.TextLine;
import app.masa.layout.VisualOrder;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A line of text as the outlines of the bundled font's glyphs, for an SVG that must look the same
 * where no font can be had (a cutting plotter, an old viewer). Glyphs are laid side by side in
 * visual order by their advance widths, as in the PDF: Hebrew and Latin need no shaping beyond
 * the bidirectional reordering, which {@link VisualOrder} does.
 */
final class SvgGlyphOutlines {
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    private SvgGlyphOutlines(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    /** A bundled face; failing to read it is a fault in the application, not in the map. */
    static SvgGlyphOutlines load(FontFace face) {
        try {
            return new SvgGlyphOutlines(new TTFParser().parse(new RandomAccessReadBuffer(face.bytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + face.resource(), e);
        }
    }

    /**
     * The path data of the line at its place, or null when the font lacks one of its characters:
     * such a line stays text, so the viewer's fallback font can still show it.
     */
    String path(TextLine line, double size) {
        double scale = size / unitsPerEm;
        double pen = line.x();
        StringBuilder d = new StringBuilder();
        String visual = VisualOrder.of(line.text(), line.rightToLeft());
        try {
            for (int i = 0; i < visual.length(); ) {
                int c = visual.codePointAt(i);
                i += Character.charCount(c);
                if (Character.getType(c) == Character.FORMAT) {
                    continue;
                }
                int gid = cmap.getGlyphId(c);
                if (gid == 0) {
                    return null;
                }
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                if (glyph != null) {
                    append(d, glyph.getPath(), pen, line.baseline(), scale);
                }
                pen += font.getAdvanceWidth(gid) * scale;
            }
        } catch (IOException e) {
            return null;
        }
        return d.toString();
    }

    /** Font units have y pointing up from the baseline; the layout's point down. */
    private static void append(StringBuilder d, GeneralPath path, double x, double baseline, double scale) {
        double[] p = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            switch (type) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(p, 1, x, baseline, scale));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(p, 1, x, baseline, scale));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(p, 2, x, baseline, scale));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(p, 3, x, baseline, scale));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("unknown path segment " + type);
            }
        }
    }

    private static String points(double[] p, int count, double x, double baseline, double scale) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(SvgSurface.n(x + p[2 * i] * scale)).append(',')
                    .append(SvgSurface.n(baseline - p[2 * i + 1] * scale));
        }
        return b.toString();
    }
}
