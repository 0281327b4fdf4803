package app.masa.ui.workshop;

import app.masa.ui.canvas.FxSurface;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.StageBox;
import app.masa.model.DotVote;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;

/**
 * Paints one frame of the presentation: the map through the shared painter, seen through the
 * camera, then the workshop's own marks on top: the veil over the stages not under discussion and
 * the vote's dots.
 */
final class PresentationPainter {
    /** How much of the page colour covers the stages out of focus: enough to fade, not to hide. */
    private static final int VEIL_ALPHA = 190;

    private PresentationPainter() {
    }

    static void paint(Canvas canvas, MapLayout layout, Camera camera, StageBox focused, DotVote vote) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(FxSurface.color(layout.background()));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTransform(new Affine(camera.scale(), 0, camera.dx(), 0, camera.scale(), camera.dy()));
        FxSurface surface = FxSurface.of(gc, layout.style().typography());
        Rect visible = camera.visible(canvas.getWidth(), canvas.getHeight());
        MapPainter.paint(layout, surface, true, visible);
        DotMarks.paint(surface, layout, vote);
        if (focused != null) {
            veilAround(surface, layout, focused, visible);
        }
        gc.setLineDashes((double[]) null);
        gc.setTransform(new Affine());
    }

    /** Covers everything left and right of the focused stage's column, out to the screen's edges. */
    private static void veilAround(FxSurface surface, MapLayout layout, StageBox stage, Rect visible) {
        Rgba veil = layout.background().withAlpha(VEIL_ALPHA);
        Rect column = PresentationView.stageArea(stage);
        double top = Math.min(visible.y(), 0);
        double height = Math.max(visible.maxY(), layout.height()) - top;
        double left = Math.min(visible.x(), 0);
        double right = Math.max(visible.maxX(), layout.width());
        surface.fillRect(new Rect(left, top, column.x() - left, height), 0, veil);
        surface.fillRect(new Rect(column.maxX(), top, right - column.maxX(), height), 0, veil);
    }
}
