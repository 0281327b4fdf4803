package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Paints frames on two window-sized canvases: the map itself, repainted only when the layout or
 * the viewport changes, and a transparent layer above it for interaction feedback, repainted on
 * every pointer move of a gesture. JavaFX keeps each canvas as a finished image, so dragging a
 * card over a map of thousands redraws only the few shapes of the feedback.
 */
final class CanvasRenderer {
    private FxFonts fonts;

    void paintMap(Canvas canvas, MapLayout layout, Viewport viewport, Overlay decorations) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(layout == null ? Color.WHITE : FxSurface.color(layout.background()));
        // Covering the whole canvas also lets JavaFX drop the commands of the previous frame.
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) {
            return;
        }
        FxSurface surface = prepare(gc, layout, viewport);
        Rect visible = viewport.visibleRect();
        Surface legible = new DetailLevelSurface(surface, fonts.typography(), viewport.zoom());
        LayoutPainting.paint(layout, new CullingSurface(legible, visible), visible);
        decorations.paint(surface, layout, viewport.zoom());
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

    private FxSurface prepare(GraphicsContext gc, MapLayout layout, Viewport viewport) {
        if (fonts == null || fonts.typography() != layout.style().typography()) {
            fonts = new FxFonts(layout.style().typography());
        }
        double z = viewport.zoom();
        gc.setTransform(new Affine(z, 0, -viewport.scrollX() * z, 0, z, -viewport.scrollY() * z));
        return new FxSurface(gc, fonts);
    }

    FxFonts fonts() {
        return fonts;
    }
}
