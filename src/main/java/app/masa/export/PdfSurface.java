package app.masa.export;

import app.masa.export.PdfTags.Ink;
import app.masa.layout.FontFace;
import app.masa.layout.FontRole;
import app.masa.layout.Group;
import app.masa.layout.ImageFit;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import app.masa.layout.VisualOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints on a PDF page with vector shapes and real, selectable text. The caller sets a transform
 * that maps layout units (y down) onto the page (y up); text is flipped back so it reads upright.
 * Each line is put into visual order with {@link VisualOrder} before it is written. Every drawing is
 * marked as tagged content or an artifact, as its {@link PdfTags} decide.
 */
final class PdfSurface implements ReportSurface {
    /** Bézier handle length for a quarter circle. */
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final Typography typography;
    private final PdfTags tags;
    private final Map<Integer, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Integer, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();
    private int fillAlpha = 255;
    private int strokeAlpha = 255;
    // What the content stream is already set to, so repeated shapes add no repeated operators.
    private Rgba fillColor;
    private Rgba strokeColor;
    private double lineWidth = -1;
    private int lineCap = -1;
    private boolean dashed = true;

    PdfSurface(PDPageContentStream out, PdfFonts fonts, Typography typography, PdfTags tags) {
        this.out = out;
        this.fonts = fonts;
        this.typography = typography;
        this.tags = tags;
    }

    @Override
    public void beginGroup(Group group) {
        tags.beginGroup(group);
    }

    @Override
    public void endGroup() {
        tags.endGroup();
    }

    @Override
    public void beginPart(ReportPart part) {
        tags.beginPart(part);
    }

    @Override
    public void endPart() {
        tags.endPart();
    }

    @Override
    public void fillRect(Rect r, double radius, Rgba fill) {
        if (fill.a() == 0) {
            return;
        }
        run(() -> {
            tags.before(Ink.SHAPE, null);
            fillColor(fill);
            rect(r, radius);
            out.fill();
        });
    }

    @Override
    public void strokeRect(Rect r, double radius, Stroke stroke) {
        run(() -> {
            tags.before(Ink.SHAPE, null);
            stroke(stroke);
            rect(r, radius);
            out.stroke();
        });
    }

    /** One outline, filled and stroked by one operator: a card's body is written once, not twice. */
    @Override
    public void fillAndStrokeRect(Rect r, double radius, Rgba fill, Stroke stroke) {
        if (fill.a() == 0) {
            strokeRect(r, radius, stroke);
            return;
        }
        run(() -> {
            tags.before(Ink.SHAPE, null);
            fillColor(fill);
            stroke(stroke);
            rect(r, radius);
            out.fillAndStroke();
        });
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        run(() -> {
            tags.before(Ink.SHAPE, null);
            stroke(stroke);
            out.moveTo(f(from.x()), f(from.y()));
            out.lineTo(f(to.x()), f(to.y()));
            out.stroke();
        });
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        run(() -> {
            tags.before(Ink.SHAPE, null);
            fillColor(fill);
            path(path);
            out.fill();
        });
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        run(() -> {
            tags.before(Ink.SHAPE, null);
            stroke(stroke);
            path(path);
            out.stroke();
        });
    }

    @Override
    public void image(Rect r, byte[] imageBytes, double focusX, double focusY) {
        PDImageXObject image = fonts.image(imageBytes);
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return;
        }
        Rect src = ImageFit.cover(image.getWidth(), image.getHeight(), r, focusX, focusY);
        double scale = r.width() / src.width();
        run(() -> {
            tags.before(Ink.IMAGE, null);
            out.saveGraphicsState();
            // A translucent fill drawn before (the placeholder under the picture) would fade the picture too.
            if (fillAlpha != 255) {
                out.setGraphicsStateParameters(fillAlphas.computeIfAbsent(255, a -> {
                    PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                    gs.setNonStrokingAlphaConstant(1f);
                    return gs;
                }));
            }
            out.addRect(f(r.x()), f(r.y()), f(r.width()), f(r.height()));
            out.clip();
            // The page transform flips y; an image is drawn upright in its own unit square, so flip it back.
            double w = image.getWidth() * scale;
            double h = image.getHeight() * scale;
            double x = r.x() - src.x() * scale;
            double y = r.y() - src.y() * scale;
            out.drawImage(image, new Matrix(f(w), 0, 0, f(-h), f(x), f(y + h)));
            out.restoreGraphicsState();
        });
    }

    @Override
    public void fillCircle(Point c, double r, Rgba fill) {
        run(() -> {
            tags.before(Ink.SHAPE, null);
            fillColor(fill);
            double k = r * KAPPA;
            out.moveTo(f(c.x() + r), f(c.y()));
            out.curveTo(f(c.x() + r), f(c.y() + k), f(c.x() + k), f(c.y() + r), f(c.x()), f(c.y() + r));
            out.curveTo(f(c.x() - k), f(c.y() + r), f(c.x() - r), f(c.y() + k), f(c.x() - r), f(c.y()));
            out.curveTo(f(c.x() - r), f(c.y() - k), f(c.x() - k), f(c.y() - r), f(c.x()), f(c.y() - r));
            out.curveTo(f(c.x() + k), f(c.y() - r), f(c.x() + r), f(c.y() - k), f(c.x() + r), f(c.y()));
            out.closePath();
            out.fill();
        });
    }

    @Override
    public void text(TextLine line, Rgba color) {
        if (line.text().isBlank()) {
            return;
        }
        FontRole role = line.role();
        FontFace face = typography.face(role);
        String visual = fonts.drawable(VisualOrder.of(line.text(), line.rightToLeft()), face);
        run(() -> {
            tags.before(Ink.TEXT, line);
            fillColor(color);
            out.beginText();
            out.setFont(fonts.font(face), f(typography.size(role)));
            // The page transform flips y; flip the text back so glyphs stand upright.
            out.setTextMatrix(new Matrix(1, 0, 0, -1, f(line.x()), f(line.baseline())));
            out.showText(visual);
            out.endText();
        });
    }

    private void rect(Rect r, double radius) throws IOException {
        double rad = Math.min(radius, Math.min(r.width(), r.height()) / 2);
        if (rad <= 0) {
            out.addRect(f(r.x()), f(r.y()), f(r.width()), f(r.height()));
            return;
        }
        double x0 = r.x();
        double y0 = r.y();
        double x1 = r.maxX();
        double y1 = r.maxY();
        double k = rad * KAPPA;
        // A side as long as the corners leave nothing of (a pill's ends, a strip's) is not written.
        boolean across = f(x1 - rad) != f(x0 + rad);
        boolean down = f(y1 - rad) != f(y0 + rad);
        out.moveTo(f(x0 + rad), f(y0));
        if (across) {
            out.lineTo(f(x1 - rad), f(y0));
        }
        out.curveTo(f(x1 - rad + k), f(y0), f(x1), f(y0 + rad - k), f(x1), f(y0 + rad));
        if (down) {
            out.lineTo(f(x1), f(y1 - rad));
        }
        out.curveTo(f(x1), f(y1 - rad + k), f(x1 - rad + k), f(y1), f(x1 - rad), f(y1));
        if (across) {
            out.lineTo(f(x0 + rad), f(y1));
        }
        out.curveTo(f(x0 + rad - k), f(y1), f(x0), f(y1 - rad + k), f(x0), f(y1 - rad));
        if (down) {
            out.lineTo(f(x0), f(y0 + rad));
        }
        out.curveTo(f(x0), f(y0 + rad - k), f(x0 + rad - k), f(y0), f(x0 + rad), f(y0));
        out.closePath();
    }

    private void path(PathShape path) throws IOException {
        Point at = null;
        boolean drawing = false;
        for (PathShape.Segment s : path.segments()) {
            Point end = s.points().isEmpty() ? null : s.points().get(s.points().size() - 1);
            switch (s.kind()) {
                case MOVE -> out.moveTo(f(end.x()), f(end.y()));
                // A side of no length inside an outline draws nothing and is not written; a subpath
                // of that one side alone is (a stroke with round caps draws it as a dot).
                case LINE -> {
                    if (!drawing || f(end.x()) != f(at.x()) || f(end.y()) != f(at.y())) {
                        out.lineTo(f(end.x()), f(end.y()));
                    }
                }
                case CUBIC -> out.curveTo(f(s.points().get(0).x()), f(s.points().get(0).y()),
                        f(s.points().get(1).x()), f(s.points().get(1).y()),
                        f(end.x()), f(end.y()));
                case CLOSE -> out.closePath();
            }
            drawing = s.kind() == PathShape.Kind.LINE || s.kind() == PathShape.Kind.CUBIC;
            at = end;
        }
    }

    private void fillColor(Rgba c) throws IOException {
        if (c.equals(fillColor)) {
            return;
        }
        fillColor = c;
        out.setNonStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
        if (c.a() != fillAlpha) {
            fillAlpha = c.a();
            out.setGraphicsStateParameters(fillAlphas.computeIfAbsent(c.a(), a -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(a / 255f);
                return gs;
            }));
        }
    }

    private void stroke(Stroke s) throws IOException {
        Rgba c = s.color();
        if (!c.equals(strokeColor)) {
            strokeColor = c;
            out.setStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
        }
        if (c.a() != strokeAlpha) {
            strokeAlpha = c.a();
            out.setGraphicsStateParameters(strokeAlphas.computeIfAbsent(c.a(), a -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setStrokingAlphaConstant(a / 255f);
                return gs;
            }));
        }
        if (s.width() != lineWidth) {
            lineWidth = s.width();
            out.setLineWidth(f(s.width()));
        }
        int cap = s.dashed() ? 0 : 1;
        if (cap != lineCap) {
            if (lineCap < 0) {
                out.setLineJoinStyle(1);
            }
            lineCap = cap;
            out.setLineCapStyle(cap);
        }
        if (s.dashed() || dashed) {
            dashed = s.dashed();
            float[] dashes = new float[s.dashes().length];
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = f(s.dashes()[i]);
            }
            out.setLineDashPattern(dashes, 0);
        }
    }

    private static float f(double v) {
        return (float) v;
    }

    private interface PdfOp {
        void run() throws IOException;
    }

    /** Surface methods cannot throw checked exceptions; the exporter unwraps this one. */
    private static void run(PdfOp op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
