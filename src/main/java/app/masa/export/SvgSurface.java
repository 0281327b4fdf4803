package app.masa.export;

import app.masa.layout.Fonts;
import app.masa.layout.Group;
import app.masa.layout.ImageFit;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import java.util.Base64;
import java.util.Locale;

/**
 * Builds an SVG document: shapes as SVG shapes, text as {@code <text>} in DejaVu Sans with a
 * sans-serif fallback, and one {@code <g>} per group the painter opens (each stage, each lane).
 * Right-to-left lines are anchored at their right edge and left to the viewer's bidi algorithm.
 */
final class SvgSurface implements Surface {
    private final StringBuilder svg = new StringBuilder(1 << 16);
    private final Typography typography;
    private int depth = 1;

    SvgSurface(double width, double height, Typography typography, String language, String title) {
        this.typography = typography;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"'").append(Fonts.FAMILY).append("', sans-serif\"")
                .append(" xml:lang=\"").append(xml(language)).append("\">\n");
        if (!title.isBlank()) {
            svg.append("  <title>").append(xml(title)).append("</title>\n");
        }
    }

    String finish() {
        svg.append("</svg>\n");
        return svg.toString();
    }

    @Override
    public void beginGroup(Group group) {
        indent().append("<g class=\"").append(group.role().word()).append('"');
        if (!group.id().isEmpty()) {
            svg.append(" data-id=\"").append(xml(group.id())).append('"');
        }
        svg.append(">\n");
        depth++;
    }

    @Override
    public void endGroup() {
        depth--;
        indent().append("</g>\n");
    }

    @Override
    public void fillRect(Rect r, double radius, Rgba fill) {
        if (fill.a() == 0) {
            return;
        }
        rect(r, radius).append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokeRect(Rect r, double radius, Stroke stroke) {
        rect(r, radius).append(" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        indent().append("<line x1=\"").append(n(from.x())).append("\" y1=\"").append(n(from.y())).append("\" x2=\"")
                .append(n(to.x())).append("\" y2=\"").append(n(to.y())).append('"').append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        indent().append("<path d=\"").append(d(path)).append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        indent().append("<path d=\"").append(d(path)).append("\" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    /** The image inline as a data URI, so the SVG stays one self-contained file. */
    @Override
    public void image(Rect r, byte[] imageBytes) {
        indent().append("<image x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height()))
                .append("\" preserveAspectRatio=\"xMidYMid slice\" href=\"data:").append(ImageFit.mediaType(imageBytes))
                .append(";base64,").append(Base64.getEncoder().encodeToString(imageBytes)).append("\"/>\n");
    }

    @Override
    public void fillCircle(Point c, double radius, Rgba fill) {
        indent().append("<circle cx=\"").append(n(c.x())).append("\" cy=\"").append(n(c.y())).append("\" r=\"")
                .append(n(radius)).append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void text(TextLine line, Rgba color) {
        if (line.text().isBlank()) {
            return;
        }
        // For right-to-left text the start of the line is its right edge.
        double x = line.rightToLeft() ? line.x() + line.width() : line.x();
        indent().append("<text x=\"").append(n(x)).append("\" y=\"").append(n(line.baseline()))
                .append("\" font-size=\"").append(n(typography.size(line.role()))).append('"');
        if (typography.bold(line.role())) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append(" direction=\"").append(line.rightToLeft() ? "rtl" : "ltr").append("\" text-anchor=\"start\"")
                .append(fill("fill", color)).append('>').append(xml(line.text())).append("</text>\n");
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
        for (int i = 0; i < depth; i++) {
            svg.append("  ");
        }
        return svg;
    }

    private static String fill(String attribute, Rgba c) {
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

    /** Escapes text for XML and drops characters XML 1.0 cannot carry. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
