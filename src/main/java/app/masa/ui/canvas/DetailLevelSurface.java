package app.masa.ui.canvas;

import app.masa.layout.Group;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;

/**
 * Leaves out detail nobody can see at the current zoom. Text too small to read is drawn as a faint
 * bar the length of the line (the shape of the map stays recognisable), text smaller still is left
 * out, and corners too small to show are drawn square. Glyphs and rounded corners are the dearest
 * things to render, and a zoomed-out map shows thousands of them at once. Names and titles stay
 * text down to a smaller size than the rest: they are what a reader looks for, and short words
 * are recognised when a sentence would not be.
 */
final class DetailLevelSurface implements Surface {
    /** Below this many pixels a line of text cannot be read, so a bar stands in for it. */
    static final double READABLE_PX = 6;
    /** The same for names and titles: a card title at 40 % zoom in the light theme is still text. */
    static final double READABLE_HEADING_PX = 4.5;
    /** Below this many pixels not even a bar would be told apart from the card around it. */
    static final double VISIBLE_PX = 1.5;
    private static final double MIN_CORNER_PX = 1.5;

    private final Surface target;
    private final Typography typography;
    private final double zoom;

    DetailLevelSurface(Surface target, Typography typography, double zoom) {
        this.target = target;
        this.typography = typography;
        this.zoom = zoom;
    }

    @Override
    public void text(TextLine line, Rgba color) {
        double size = typography.size(line.role());
        double px = size * zoom;
        if (px >= (line.role().isHeading() ? READABLE_HEADING_PX : READABLE_PX)) {
            target.text(line, color);
        } else if (px >= VISIBLE_PX) {
            // About the height of lower-case letters, sitting on the baseline.
            double height = size * 0.45;
            target.fillRect(new Rect(line.x(), line.baseline() - height, line.width(), height), 0,
                    color.withAlpha(color.a() / 3));
        }
    }

    @Override
    public void fillRect(Rect rect, double cornerRadius, Rgba fill) {
        target.fillRect(rect, corner(cornerRadius), fill);
    }

    @Override
    public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) {
        target.strokeRect(rect, corner(cornerRadius), stroke);
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        target.strokeLine(from, to, stroke);
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        target.fillPath(path, fill);
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        target.strokePath(path, stroke);
    }

    @Override
    public void fillCircle(Point center, double radius, Rgba fill) {
        target.fillCircle(center, radius, fill);
    }

    @Override
    public void image(Rect bounds, byte[] imageBytes, double focusX, double focusY) {
        target.image(bounds, imageBytes, focusX, focusY);
    }

    @Override
    public void beginGroup(Group group) {
        target.beginGroup(group);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }

    private double corner(double radius) {
        return radius * zoom < MIN_CORNER_PX ? 0 : radius;
    }
}
