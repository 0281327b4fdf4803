package app.masa.ui.canvas;

import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import java.util.function.BiFunction;

/** The one place the canvas reaches the shared layout engine and map painter. */
final class LayoutPainting {
    private LayoutPainting() {
    }

    /** A layout function with an engine of its own: the engine keeps caches, one per window. */
    static BiFunction<JourneyMap, LayoutOptions, MapLayout> newLayouter() {
        return new LayoutEngine()::layout;
    }

    /**
     * Paints the map's picture as the canvas shows it at this zoom: only what meets the visible
     * rectangle (a big map costs what is on screen), without detail too small to see, then the marks.
     */
    static void paintPicture(MapLayout layout, Surface surface, double zoom, Rect visible, MapMarks marks) {
        Surface legible = new DetailLevelSurface(surface, layout.style().typography(), zoom);
        MapPainter.paint(layout, new CullingSurface(legible, visible), true, visible);
        marks.paint(surface, layout);
    }
}
