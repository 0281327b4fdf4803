package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Paints the map, tile by tile (see {@link MapTiles}), and a transparent layer above it for
 * interaction feedback, as large as the feedback, repainted on every pointer move of a gesture. JavaFX keeps each
 * canvas as a finished image, so dragging a card over a map of thousands redraws only the few
 * shapes of the feedback.
 */
final class CanvasRenderer {
    /** Pixels kept around the feedback for its smoothed edges. */
    private static final double FEEDBACK_BLEED = 2;
    /** The feedback canvas's sides are multiples of this many pixels. */
    private static final double FEEDBACK_STEP = 128;
    private FxFonts fonts;

    /**
     * Paints the part of the map that a canvas shows: its top left corner is at {@code originX},
     * {@code originY} in the map's picture at this zoom (layout units times the zoom).
     */
    void paintMap(Canvas canvas, MapLayout layout, double zoom, double originX, double originY,
                  MapMarks marks) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(layout == null ? Color.WHITE : FxSurface.color(layout.background()));
        // Covering the whole canvas also lets JavaFX drop the commands of the previous frame.
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) {
            return;
        }
        useFontsOf(layout);
        gc.setTransform(new Affine(zoom, 0, -originX, 0, zoom, -originY));
        FxSurface surface = new FxSurface(gc, fonts);
        Rect visible = new Rect(originX / zoom, originY / zoom, canvas.getWidth() / zoom, canvas.getHeight() / zoom);
        LayoutPainting.paintPicture(layout, surface, zoom, visible, marks);
        gc.setLineDashes((double[]) null);
    }

    /**
     * Paints the feedback on a canvas placed over just the part of the view it reaches, and hides
     * the canvas when there is nothing in view to show.
     */
    void paintOverlay(Canvas canvas, MapLayout layout, Viewport viewport, Overlay overlay) {
        Rect box = layout == null ? null : reachInView(layout, viewport, overlay);
        if (box == null) {
            canvas.setVisible(false);
            return;
        }
        double width = fitted(box.width(), canvas.getWidth());
        double height = fitted(box.height(), canvas.getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        canvas.relocate(box.x(), box.y());
        canvas.setVisible(true);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, width, height);
        useFontsOf(layout);
        double z = viewport.zoom();
        // Whole pixels, as the map's picture is placed (see MapTiles): the feedback lines up with it.
        gc.setTransform(new Affine(z, 0, -MapTiles.viewOffset(viewport.scrollX(), z) - box.x(), 0, z,
                -MapTiles.viewOffset(viewport.scrollY(), z) - box.y()));
        overlay.paint(new FxSurface(gc, fonts), layout, z);
        gc.setLineDashes((double[]) null);
    }

    /**
     * A side of the feedback canvas: the one it has while the feedback fits and fills more than half
     * of it, else the feedback's own rounded up. A new size is a new image to allocate and clear,
     * which a drag across the map would otherwise pay on most frames.
     */
    private static double fitted(double needed, double current) {
        return needed <= current && needed > current / 2 ? current
                : Math.ceil(needed / FEEDBACK_STEP) * FEEDBACK_STEP;
    }

    /** The part of the view, in whole view pixels, that the feedback touches; null if none. */
    private static Rect reachInView(MapLayout layout, Viewport viewport, Overlay overlay) {
        ReachSurface reach = new ReachSurface(layout.style().typography());
        double z = viewport.zoom();
        overlay.paint(reach, layout, z);
        Rect r = reach.reach();
        if (r == null) {
            return null;
        }
        double originX = MapTiles.viewOffset(viewport.scrollX(), z);
        double originY = MapTiles.viewOffset(viewport.scrollY(), z);
        double left = Math.max(0, Math.floor(r.x() * z - originX - FEEDBACK_BLEED));
        double top = Math.max(0, Math.floor(r.y() * z - originY - FEEDBACK_BLEED));
        double right = Math.min(Math.ceil(viewport.viewWidth()), Math.ceil(r.maxX() * z - originX + FEEDBACK_BLEED));
        double bottom = Math.min(Math.ceil(viewport.viewHeight()), Math.ceil(r.maxY() * z - originY + FEEDBACK_BLEED));
        return right <= left || bottom <= top ? null : new Rect(left, top, right - left, bottom - top);
    }

    private void useFontsOf(MapLayout layout) {
        if (fonts == null || fonts.typography() != layout.style().typography()) {
            fonts = new FxFonts(layout.style().typography());
        }
    }

    FxFonts fonts() {
        return fonts;
    }
}
