package app.masa.ui.canvas;

import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Scrolls the map while a drag holds the pointer near an edge of the view, faster the closer it
 * gets, so a card can be carried to a cell that is off screen.
 */
final class AutoScroller {
    private static final double EDGE = 28;
    private static final double MAX_PIXELS_PER_FRAME = 18;

    private final MapCanvas canvas;
    private final PointerController pointer;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick();
        }
    };
    private Point2D view;
    private MouseEvent lastEvent;
    private boolean running;

    AutoScroller(MapCanvas canvas, PointerController pointer) {
        this.canvas = canvas;
        this.pointer = pointer;
    }

    void start(Gesture gesture) {
        view = null;
        lastEvent = null;
        if (!running) {
            running = true;
            timer.start();
        }
    }

    void pointerAt(Point2D viewPoint, MouseEvent e) {
        view = viewPoint;
        lastEvent = e;
    }

    void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    private void tick() {
        if (view == null || lastEvent == null) {
            return;
        }
        double w = canvas.view().getWidth();
        double h = canvas.view().getHeight();
        double dx = speed(view.getX(), w);
        double dy = speed(view.getY(), h);
        if (dx == 0 && dy == 0) {
            return;
        }
        double zoom = canvas.viewport().zoom();
        double beforeX = canvas.viewport().scrollX();
        double beforeY = canvas.viewport().scrollY();
        canvas.scrollBy(dx / zoom, dy / zoom);
        if (beforeX != canvas.viewport().scrollX() || beforeY != canvas.viewport().scrollY()) {
            pointer.dragAfterScroll(view, lastEvent);
        }
    }

    /** Pixels to scroll this frame along one axis: negative near the start edge, positive near the end. */
    static double speed(double at, double size) {
        if (at < EDGE) {
            return -MAX_PIXELS_PER_FRAME * Math.min(1, (EDGE - at) / EDGE);
        }
        if (at > size - EDGE) {
            return MAX_PIXELS_PER_FRAME * Math.min(1, (at - (size - EDGE)) / EDGE);
        }
        return 0;
    }
}
