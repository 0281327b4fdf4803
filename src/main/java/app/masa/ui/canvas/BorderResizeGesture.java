package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import javafx.scene.input.MouseEvent;

/**
 * Drags a border of a column or band along one axis to give it a new size: the border follows the
 * pointer, a line shows where it will be (never below the minimum size), and the new size goes
 * into the document once, on release. The map does not scroll meanwhile: the border stays in view.
 */
abstract class BorderResizeGesture implements Gesture {
    private final MapCanvas canvas;
    private double border;

    BorderResizeGesture(MapCanvas canvas, double border) {
        this.canvas = canvas;
        this.border = border;
    }

    /** Where along the moving axis a pointer at (x, y) puts the border. */
    abstract double along(double x, double y);

    /** The size the border at that position gives, at least the minimum. */
    abstract double sizeFor(double border);

    /** Puts the new size into the document, if it differs enough from the present one. */
    abstract void apply(JourneyMap map, double size);

    /** The line showing the border at the new size, end to end. */
    abstract Point[] line(double size);

    final double size() {
        return sizeFor(border);
    }

    @Override
    public final void drag(double x, double y, MouseEvent e) {
        border = along(x, y);
    }

    @Override
    public final void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
        apply(canvas.currentMap(), size());
    }

    @Override
    public final boolean autoScrolls() {
        return false;
    }

    @Override
    public final void paint(Surface s, MapLayout layout, double zoom) {
        Point[] ends = line(size());
        s.strokeLine(ends[0], ends[1], Feedback.screenStroke(Feedback.DROP, 2, zoom));
    }

    final MapCanvas canvas() {
        return canvas;
    }
}
