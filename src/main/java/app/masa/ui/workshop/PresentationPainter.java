package app.masa.ui.workshop;

import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.StageBox;
import app.masa.ui.canvas.FxSurface;
import app.masa.ui.canvas.LayoutPainting;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;

/**
 * Paints one frame of the presentation: the map seen through the camera as a room reads it (its
 * summary as soon as card titles would be too small to read from the back), then the workshop's
 * own marks on top: the vote's dots and the veil over the stages not under discussion.
 */
final class PresentationPainter {
    /** How much of the page colour covers the stages out of focus: enough to fade, not to hide. */
    private static final int VEIL_ALPHA = 190;

    private PresentationPainter() {
    }

    /** @return the layout as painted: the layout itself, or its summary */
    static MapLayout paint(Canvas canvas, MapLayout layout, Camera camera, StageBox focused) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(FxSurface.color(layout.background()));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTransform(new Affine(camera.scale(), 0, camera.dx(), 0, camera.scale(), camera.dy()));
        FxSurface surface = FxSurface.of(gc, layout.style().typography());
        Rect visible = camera.visible(canvas.getWidth(), canvas.getHeight());
        MapLayout shown = LayoutPainting.paintForRoom(layout, surface, camera.scale(), visible);
        DotMarks.paint(surface, layout, camera.scale());
        if (focused != null) {
            FocusVeil veil = FocusVeil.around(shown, focused, visible);
            Rgba colour = layout.background().withAlpha(VEIL_ALPHA);
            veil.veil().forEach(r -> surface.fillRect(r, 0, colour));
            MapPainter.paint(onlyArrows(shown, veil), surface, false, visible);
        }
        gc.setLineDashes((double[]) null);
        gc.setTransform(new Affine());
        return shown;
    }

    /** The arrows the veil leaves lit, alone in a layout of the same size and style. */
    private static MapLayout onlyArrows(MapLayout shown, FocusVeil veil) {
        return new MapLayout(shown.width(), shown.height(), shown.direction(), shown.background(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), veil.lit(), shown.style());
    }
}
