package app.masa.ui.workshop;

import app.masa.layout.AwtTextMeasurer;
import app.masa.layout.FontRole;
import app.masa.layout.FontSpec;
import app.masa.layout.Fonts;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The presentation's painter surface: the shared {@link app.masa.layout.MapPainter} draws through
 * it onto a JavaFX canvas, in layout units (the caller sets the camera transform), with the bundled
 * font at the sizes the layout measured with.
 */
final class FxMapSurface implements Surface {
    private static final AwtTextMeasurer MEASURER = AwtTextMeasurer.shared();

    private final GraphicsContext gc;
    private final Typography typography;
    private final Map<FontRole, Font> fonts = new EnumMap<>(FontRole.class);

    FxMapSurface(GraphicsContext gc, Typography typography) {
        this.gc = gc;
        this.typography = typography;
        for (FontRole role : FontRole.values()) {
            FontSpec spec = typography.spec(role);
            fonts.put(role, Font.font(Fonts.FAMILY, spec.bold() ? FontWeight.BOLD : FontWeight.NORMAL, spec.size()));
        }
    }

    static Color color(Rgba c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.opacity());
    }

    Typography typography() {
        return typography;
    }

    @Override
    public void fillRect(Rect r, double radius, Rgba fill) {
        gc.setFill(color(fill));
        if (radius > 0) {
            gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
        } else {
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    @Override
    public void strokeRect(Rect r, double radius, Stroke stroke) {
        apply(stroke);
        if (radius > 0) {
            gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
        } else {
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        apply(stroke);
        gc.strokeLine(from.x(), from.y(), to.x(), to.y());
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        trace(path);
        gc.setFill(color(fill));
        gc.fill();
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        trace(path);
        apply(stroke);
        gc.stroke();
    }

    @Override
    public void fillCircle(Point c, double radius, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillOval(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(TextLine line, Rgba color) {
        gc.setFont(fonts.get(line.role()));
        gc.setFill(color(color));
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        if (!VisualRuns.needsReordering(line.text(), line.rightToLeft())) {
            gc.fillText(line.text(), line.x(), line.baseline());
            return;
        }
        // Each piece goes where the layout's own measure puts it, so the line fills its box exactly.
        List<String> pieces = VisualRuns.pieces(line.text(), line.rightToLeft());
        FontSpec spec = typography.spec(line.role());
        double x = line.x();
        for (String piece : pieces) {
            gc.fillText(piece, x, line.baseline());
            x += MEASURER.width(piece, spec.bold(), spec.size());
        }
    }

    private void apply(Stroke stroke) {
        gc.setStroke(color(stroke.color()));
        gc.setLineWidth(stroke.width());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineDashes(stroke.dashed() ? stroke.dashes() : null);
    }

    private void trace(PathShape path) {
        gc.beginPath();
        for (PathShape.Segment s : path.segments()) {
            List<Point> p = s.points();
            switch (s.kind()) {
                case MOVE -> gc.moveTo(p.get(0).x(), p.get(0).y());
                case LINE -> gc.lineTo(p.get(0).x(), p.get(0).y());
                case CUBIC -> gc.bezierCurveTo(p.get(0).x(), p.get(0).y(), p.get(1).x(), p.get(1).y(),
                        p.get(2).x(), p.get(2).y());
                case CLOSE -> gc.closePath();
            }
        }
    }
}
