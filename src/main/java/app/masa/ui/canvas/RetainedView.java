package app.masa.ui.canvas;

import javafx.scene.transform.Affine;

/**
 * The map canvas holds a finished image of the view as it was last painted. While the view moves
 * or zooms a little, that image is shown moved or scaled into place, and painted afresh only once
 * the view settles or has drifted too far: painting thousands of shapes and glyphs costs far more
 * than moving one picture.
 */
final class RetainedView {
    /** Beyond these, the stretched or shifted picture would look wrong or show too much blank. */
    private static final double MAX_SCALE_DRIFT = 2.0;
    private static final double MAX_SHIFT_FRACTION = 0.35;

    private boolean valid;
    private double scrollX;
    private double scrollY;
    private double zoom;

    void painted(Viewport v) {
        valid = true;
        scrollX = v.scrollX();
        scrollY = v.scrollY();
        zoom = v.zoom();
    }

    void invalidate() {
        valid = false;
    }

    boolean isCurrent(Viewport v) {
        return valid && scrollX == v.scrollX() && scrollY == v.scrollY() && zoom == v.zoom();
    }

    /**
     * How to place the painted picture so it matches the view now, or null when it must be painted
     * again. A layout point shown at v0 = (p - s0)·z0 belongs at v1 = (p - s1)·z1 = v0·k + (s0 - s1)·z1.
     */
    Affine transformTo(Viewport v) {
        if (!valid) {
            return null;
        }
        double k = v.zoom() / zoom;
        double tx = (scrollX - v.scrollX()) * v.zoom();
        double ty = (scrollY - v.scrollY()) * v.zoom();
        boolean tooFar = k > MAX_SCALE_DRIFT || k < 1 / MAX_SCALE_DRIFT
                || Math.abs(tx) > MAX_SHIFT_FRACTION * v.viewWidth()
                || Math.abs(ty) > MAX_SHIFT_FRACTION * v.viewHeight();
        return tooFar ? null : new Affine(k, 0, tx, 0, k, ty);
    }
}
