package app.masa.export;

import static app.masa.export.SvgSurface.fill;
import static app.masa.export.SvgSurface.n;

import app.masa.i18n.MarkupText;
import app.masa.layout.FontFace;
import app.masa.layout.Fonts;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a paragraph of an SVG: as a {@code <text>} (one {@code <tspan>} per line when it wraps)
 * whose characters go into the embedded font subsets, or, when asked, as one path of the font's
 * glyph outlines.
 */
final class SvgTextWriter {
    private final Typography typography;
    private final SvgFontFaces fonts;
    /** The font's glyphs by weight when text is written as outlines, else null; each read on first use. */
    private final SvgGlyphOutlines[] outlines;

    SvgTextWriter(Typography typography, SvgFontFaces fonts, boolean textAsOutlines) {
        this.typography = typography;
        this.fonts = fonts;
        this.outlines = textAsOutlines ? new SvgGlyphOutlines[FontFace.values().length] : null;
    }

    void write(SvgParagraph p, StringBuilder svg, String indent) {
        if (outlines == null || !writeOutlines(p, svg, indent)) {
            writeText(p, svg, indent);
        }
    }

    private void writeText(SvgParagraph p, StringBuilder svg, String indent) {
        List<TextLine> lines = p.lines();
        FontFace face = typography.face(p.role());
        lines.forEach(line -> fonts.use(line.text(), face));
        SvgLinePlacement first = SvgLinePlacement.of(lines.get(0));
        svg.append(indent).append("<text");
        if (lines.size() == 1) {
            svg.append(" x=\"").append(n(first.x())).append("\" y=\"").append(n(lines.get(0).baseline()))
                    .append('"');
        }
        svg.append(" font-size=\"").append(n(typography.size(p.role()))).append('"');
        if (!face.family().equals(Fonts.FAMILY)) {
            svg.append(" font-family=\"'").append(face.family()).append("', serif\"");
        }
        if (face.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append(" direction=\"").append(p.rightToLeft() ? "rtl\" unicode-bidi=\"embed" : "ltr")
                .append("\" text-anchor=\"").append(first.anchor()).append('"').append(fill("fill", p.color()))
                .append('>');
        if (lines.size() == 1) {
            svg.append(MarkupText.escape(first.text()));
        } else {
            // No white space between the lines: it would become a space at the end of a line and shift it.
            for (TextLine line : lines) {
                SvgLinePlacement at = SvgLinePlacement.of(line);
                svg.append("<tspan x=\"").append(n(at.x())).append("\" y=\"").append(n(line.baseline()))
                        .append("\">").append(MarkupText.escape(at.text())).append("</tspan>");
            }
        }
        svg.append("</text>\n");
    }

    /**
     * The paragraph as one path of glyph outlines, its words kept in {@code aria-label} for screen
     * readers and search; false when the font lacks a character, so the paragraph stays text.
     */
    private boolean writeOutlines(SvgParagraph p, StringBuilder svg, String indent) {
        FontFace face = typography.face(p.role());
        int weight = face.ordinal();
        if (outlines[weight] == null) {
            outlines[weight] = SvgGlyphOutlines.load(face);
        }
        StringBuilder d = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (TextLine line : p.lines()) {
            String path = outlines[weight].path(line, typography.size(p.role()));
            if (path == null) {
                return false;
            }
            d.append(path);
            words.add(line.text());
        }
        svg.append(indent).append("<path class=\"text\" aria-label=\"").append(MarkupText.escape(String.join(" ", words)))
                .append("\" d=\"").append(d).append('"').append(fill("fill", p.color())).append("/>\n");
        return true;
    }
}
