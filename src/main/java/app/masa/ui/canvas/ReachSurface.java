package app.masa.ui.canvas;

import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;

/**
 * Draws nothing, and learns the rectangle that drawing would touch, in layout units. The feedback
 * layer is only as large as its feedback: a window-sized transparent layer costs a few milliseconds
 * a frame to render even when it shows one outline.
 */
final class ReachSurface implements Surface {
    /** How far below the baseline glyphs reach, as a share of the font size. */
    private static final double DESCENT = 0.35;

    private final Typography typography;
    private double left = Double.POSITIVE_INFINITY;
    private double top = Double.POSITIVE_INFINITY;
    private double right = Double.NEGATIVE_INFINITY;
    private double bottom = Double.NEGATIVE_INFINITY;

    ReachSurface(Typography typography) {
        this.typography = typography;
    }

    /** Everything drawn so far, or null if nothing was. */
    Rect reach() {
        return left > right ? null : new Rect(left, top, right - left, bottom - top);
    }

    @Override
    public void fillRect(Rect r, double cornerRadius, Rgba fill) {
        add(r, 0);
    }

    @Override
    public void strokeRect(Rect r, double cornerRadius, Stroke stroke) {
        add(r, stroke.width() / 2);
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        add(from.x(), from.y(), stroke.width() / 2);
        add(to.x(), to.y(), stroke.width() / 2);
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        add(path, 0);
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        add(path, stroke.width() / 2);
    }

    @Override
    public void fillCircle(Point c, double radius, Rgba fill) {
        add(new Rect(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), 0);
    }

    @Override
    public void text(TextLine line, Rgba color) {
        double size = typography.size(line.role());
        add(new Rect(line.x(), line.baseline() - size, line.width(), size * (1 + DESCENT)), 0);
    }

    @Override
    public void image(Rect r, byte[] imageBytes, double focusX, double focusY) {
        add(r, 0);
    }

    /** A curve stays inside the hull of its points, control points included. */
    private void add(PathShape path, double grow) {
        for (PathShape.Segment segment : path.segments()) {
            for (Point p : segment.points()) {
                add(p.x(), p.y(), grow);
            }
        }
    }

    private void add(Rect r, double grow) {
        add(r.x(), r.y(), grow);
        add(r.maxX(), r.maxY(), grow);
    }

    private void add(double x, double y, double grow) {
        left = Math.min(left, x - grow);
        top = Math.min(top, y - grow);
        right = Math.max(right, x + grow);
        bottom = Math.max(bottom, y + grow);
    }
}
