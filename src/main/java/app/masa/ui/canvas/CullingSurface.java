package app.masa.ui.canvas;

import app.masa.layout.Group;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;

/**
 * Passes on only what can be seen: a map of thousands of cards is painted by walking all of them,
 * but only the few dozen on screen reach the graphics context.
 */
final class CullingSurface implements Surface {
    private final Surface target;
    private final Rect visible;

    CullingSurface(Surface target, Rect visible) {
        this.target = target;
        this.visible = visible;
    }

    @Override
    public void fillRect(Rect rect, double cornerRadius, Rgba fill) {
        if (rect.intersects(visible)) {
            target.fillRect(rect, cornerRadius, fill);
        }
    }

    @Override
    public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) {
        if (grown(rect, stroke.width()).intersects(visible)) {
            target.strokeRect(rect, cornerRadius, stroke);
        }
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        Rect r = new Rect(Math.min(from.x(), to.x()), Math.min(from.y(), to.y()),
                Math.abs(to.x() - from.x()), Math.abs(to.y() - from.y()));
        if (grown(r, stroke.width()).intersects(visible)) {
            target.strokeLine(from, to, stroke);
        }
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        if (PathGeometry.bounds(path).intersects(visible)) {
            target.fillPath(path, fill);
        }
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        if (grown(PathGeometry.bounds(path), stroke.width()).intersects(visible)) {
            target.strokePath(path, stroke);
        }
    }

    @Override
    public void fillCircle(Point center, double radius, Rgba fill) {
        if (new Rect(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius).intersects(visible)) {
            target.fillCircle(center, radius, fill);
        }
    }

    @Override
    public void text(TextLine line, Rgba color) {
        // A generous band around the baseline: enough for any role's ascent and descent.
        Rect r = new Rect(line.x(), line.baseline() - 40, line.width(), 56);
        if (r.intersects(visible)) {
            target.text(line, color);
        }
    }

    @Override
    public void image(Rect bounds, byte[] imageBytes, double focusX, double focusY) {
        if (bounds.intersects(visible)) {
            target.image(bounds, imageBytes, focusX, focusY);
        }
    }

    @Override
    public void beginGroup(Group group) {
        target.beginGroup(group);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }

    private static Rect grown(Rect r, double by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }
}
