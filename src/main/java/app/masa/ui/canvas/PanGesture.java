package app.masa.ui.canvas;

import javafx.scene.input.MouseEvent;

/** Moves the map with the pointer (middle button, or Space held with the primary one). */
final class PanGesture implements Gesture {
    private final MapCanvas canvas;
    private double lastX;
    private double lastY;

    PanGesture(MapCanvas canvas, MouseEvent press) {
        this.canvas = canvas;
        this.lastX = press.getScreenX();
        this.lastY = press.getScreenY();
    }

    @Override
    public void drag(double x, double y, MouseEvent e) {
        double zoom = canvas.viewport().zoom();
        double dx = e.getScreenX() - lastX;
        double dy = e.getScreenY() - lastY;
        lastX = e.getScreenX();
        lastY = e.getScreenY();
        canvas.scrollBy(-dx / zoom, -dy / zoom);
    }

    @Override
    public void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
    }

    @Override
    public boolean autoScrolls() {
        return false;
    }
}
