package app.masa.export;

import app.masa.i18n.MarkupText;
import app.masa.layout.Fonts;
import app.masa.layout.Group;
import app.masa.layout.ImageFit;
import app.masa.layout.PhotoCheck;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Builds an SVG document that stays easy to edit: shapes as SVG shapes, one {@code <g>} with an id
 * and a {@code <title>} per part the painter opens (each stage, lane, card, curve and connection),
 * the lines of a paragraph as {@code <tspan>}s of one {@code <text>}, and the font the layout
 * measured with embedded as a subset. Right-to-left lines are positioned so that viewers that
 * ignore {@code direction} place them inside their card too (see {@link SvgLinePlacement}).
 */
final class SvgSurface implements Surface {
    private final StringBuilder svg = new StringBuilder(1 << 16);
    private final Typography typography;
    private final String header;
    private final SvgIds ids = new SvgIds();
    private final SvgFontFaces fonts = new SvgFontFaces();
    private final SvgTextWriter text;
    /** Lines drawn so far in the current group: the painter draws a border shared by two columns once for each. */
    private final Set<String> linesInGroup = new HashSet<>();
    private SvgParagraph paragraph;
    private int depth = 1;

    SvgSurface(double width, double height, Typography typography, String language, String title,
               boolean textAsOutlines) {
        this.typography = typography;
        this.text = new SvgTextWriter(typography, fonts, textAsOutlines);
        StringBuilder h = new StringBuilder();
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"'").append(Fonts.FAMILY).append("', sans-serif\"")
                .append(" xml:lang=\"").append(MarkupText.escape(language)).append("\">\n");
        if (!title.isBlank()) {
            h.append("  <title>").append(MarkupText.escape(title)).append("</title>\n");
        }
        this.header = h.toString();
    }

    /** The whole document; the font subsets can only be made now that every character is known. */
    String finish() {
        flushText();
        String style = fonts.style("    ");
        return header + (style.isEmpty() ? "" : "  <defs>\n" + style + "  </defs>\n") + svg + "</svg>\n";
    }

    @Override
    public void beginGroup(Group group) {
        flushText();
        indent().append("<g class=\"").append(group.role().word()).append("\" id=\"").append(ids.of(group)).append('"');
        if (!group.id().isEmpty()) {
            svg.append(" data-id=\"").append(MarkupText.escape(group.id())).append('"');
        }
        svg.append(">\n");
        depth++;
        if (!group.label().isBlank()) {
            indent().append("<title>").append(MarkupText.escape(group.label())).append("</title>\n");
        }
        linesInGroup.clear();
    }

    @Override
    public void endGroup() {
        flushText();
        depth--;
        indent().append("</g>\n");
        linesInGroup.clear();
    }

    @Override
    public void fillRect(Rect r, double radius, Rgba fill) {
        flushText();
        if (fill.a() == 0) {
            return;
        }
        rect(r, radius).append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokeRect(Rect r, double radius, Stroke stroke) {
        flushText();
        rect(r, radius).append(" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        flushText();
        String line = "<line x1=\"" + n(from.x()) + "\" y1=\"" + n(from.y()) + "\" x2=\"" + n(to.x()) + "\" y2=\""
                + n(to.y()) + '"' + stroke(stroke) + "/>\n";
        // Drawn once: a second copy adds nothing to the picture and is one more object to pick in an editor.
        if (linesInGroup.add(line)) {
            indent().append(line);
        }
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        flushText();
        indent().append("<path d=\"").append(d(path)).append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        flushText();
        indent().append("<path d=\"").append(d(path)).append("\" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    /** The image inline as a data URI, so the SVG stays one self-contained file. */
    @Override
    public void image(Rect r, byte[] imageBytes, double focusX, double focusY) {
        int[] size = PhotoCheck.size(imageBytes);
        if (size == null) {
            return;
        }
        flushText();
        // A viewport onto the cropped part: "slice" alone would always keep the centre, not the focus.
        Rect src = ImageFit.cover(size[0], size[1], r, focusX, focusY);
        indent().append("<svg x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height())).append("\" viewBox=\"")
                .append(n(src.x())).append(' ').append(n(src.y())).append(' ').append(n(src.width())).append(' ')
                .append(n(src.height())).append("\" preserveAspectRatio=\"none\"><image width=\"").append(size[0])
                .append("\" height=\"").append(size[1]).append("\" href=\"data:").append(ImageFit.mediaType(imageBytes))
                .append(";base64,").append(Base64.getEncoder().encodeToString(imageBytes)).append("\"/></svg>\n");
    }

    @Override
    public void fillCircle(Point c, double radius, Rgba fill) {
        flushText();
        indent().append("<circle cx=\"").append(n(c.x())).append("\" cy=\"").append(n(c.y())).append("\" r=\"")
                .append(n(radius)).append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void text(TextLine line, Rgba color) {
        if (line.text().isBlank()) {
            return;
        }
        if (paragraph != null && paragraph.add(line, color, typography.size(line.role()))) {
            return;
        }
        flushText();
        paragraph = new SvgParagraph(line, color);
    }

    /**
     * Writes the paragraph being gathered. Anything drawn but its next line calls this first, so
     * the drawing order stays the painter's.
     */
    private void flushText() {
        if (paragraph != null) {
            SvgParagraph p = paragraph;
            paragraph = null;
            text.write(p, svg, indent(new StringBuilder()).toString());
        }
    }

    private StringBuilder rect(Rect r, double radius) {
        indent().append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(n(radius)).append('"');
        }
        return svg;
    }

    private StringBuilder indent() {
        return indent(svg);
    }

    private StringBuilder indent(StringBuilder b) {
        for (int i = 0; i < depth; i++) {
            b.append("  ");
        }
        return b;
    }

    static String fill(String attribute, Rgba c) {
        String s = " " + attribute + "=\"" + c.toHex() + "\"";
        return c.a() == 255 ? s : s + " " + attribute + "-opacity=\"" + n(c.opacity()) + "\"";
    }

    private static String stroke(Stroke s) {
        StringBuilder b = new StringBuilder(fill("stroke", s.color()));
        b.append(" stroke-width=\"").append(n(s.width())).append("\" stroke-linecap=\"")
                .append(s.dashed() ? "butt" : "round").append("\" stroke-linejoin=\"round\"");
        if (s.dashed()) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dashes().length; i++) {
                b.append(i == 0 ? "" : " ").append(n(s.dashes()[i]));
            }
            b.append('"');
        }
        return b.toString();
    }

    private static String d(PathShape path) {
        StringBuilder b = new StringBuilder();
        for (PathShape.Segment s : path.segments()) {
            switch (s.kind()) {
                case MOVE -> b.append('M').append(p(s.points().get(0)));
                case LINE -> b.append('L').append(p(s.points().get(0)));
                case CUBIC -> b.append('C').append(p(s.points().get(0))).append(' ').append(p(s.points().get(1)))
                        .append(' ').append(p(s.points().get(2)));
                case CLOSE -> b.append('Z');
            }
        }
        return b.toString();
    }

    private static String p(Point p) {
        return n(p.x()) + "," + n(p.y());
    }

    /** A number with at most two decimals and no trailing zeros. */
    static String n(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }
}
