package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Paints the map, tile by tile (see {@link MapTiles}), and a transparent window-sized layer above
 * it for interaction feedback, repainted on every pointer move of a gesture. JavaFX keeps each
 * canvas as a finished image, so dragging a card over a map of thousands redraws only the few
 * shapes of the feedback.
 */
final class CanvasRenderer {
    private FxFonts fonts;

    /**
     * Paints the part of the map that a canvas shows: its top left corner is at {@code originX},
     * {@code originY} in the map's picture at this zoom (layout units times the zoom).
     */
    void paintMap(Canvas canvas, MapLayout layout, double zoom, double originX, double originY,
                  Overlay decorations) {
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
        Surface legible = new DetailLevelSurface(surface, fonts.typography(), zoom);
        LayoutPainting.paint(layout, new CullingSurface(legible, visible), visible);
        decorations.paint(surface, layout, zoom);
        gc.setLineDashes((double[]) null);
    }

    void paintOverlay(Canvas canvas, MapLayout layout, Viewport viewport, Overlay overlay) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) {
            return;
        }
        FxSurface surface = prepare(gc, layout, viewport);
        overlay.paint(surface, layout, viewport.zoom());
        gc.setLineDashes((double[]) null);
    }

    private void useFontsOf(MapLayout layout) {
        if (fonts == null || fonts.typography() != layout.style().typography()) {
            fonts = new FxFonts(layout.style().typography());
        }
    }

    private FxSurface prepare(GraphicsContext gc, MapLayout layout, Viewport viewport) {
        useFontsOf(layout);
        double z = viewport.zoom();
        // Whole pixels, as the map's picture is placed (see MapTiles): the feedback lines up with it.
        gc.setTransform(new Affine(z, 0, -MapTiles.viewOffset(viewport.scrollX(), z), 0, z,
                -MapTiles.viewOffset(viewport.scrollY(), z)));
        return new FxSurface(gc, fonts);
    }

    FxFonts fonts() {
        return fonts;
    }
}
