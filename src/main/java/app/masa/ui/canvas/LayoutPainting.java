package app.masa.ui.canvas;

import app.masa.layout.FontRole;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.MapSummary;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import app.masa.layout.Typography;
import app.masa.model.JourneyMap;
import java.util.List;
import java.util.function.BiFunction;

/** The one place the canvas reaches the shared layout engine and map painter. */
final class LayoutPainting {
    /**
     * Below this zoom the canvas paints the map's summary: card titles in the layout's own type
     * would be smaller than {@link DetailLevelSurface#READABLE_HEADING_PX}, and bodies long gone.
     */
    static final double SUMMARY_BELOW = 0.4;
    /** The smallest summary text, in screen pixels, that the room can still read. */
    static final double SUMMARY_READABLE_PX = 7.5;

    private static final MapSummary SUMMARY = new MapSummary();
    /** The newest layout summarised, for which smallest size, and the summary: made once for tiles and preview. */
    private static final Object[] LAST = new Object[3];

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
        MapPainter.paint(asSeenAt(layout, zoom), new CullingSurface(legible, visible), true, visible);
        marks.paint(surface, layout);
    }

    /** The layout itself, or below {@link #SUMMARY_BELOW} its summary (same boxes, larger titles). */
    static MapLayout asSeenAt(MapLayout layout, double zoom) {
        if (zoom >= SUMMARY_BELOW) {
            return layout;
        }
        FontRole smallest = smallestReadable(layout.style().typography(), zoom);
        synchronized (LAST) {
            if (LAST[0] == layout && LAST[1] == smallest) {
                return (MapLayout) LAST[2];
            }
        }
        // Made outside the lock: the zoom preview's worker must not hold up the UI thread, or the other way round.
        MapLayout summary = SUMMARY.of(layout, smallest);
        synchronized (LAST) {
            LAST[0] = layout;
            LAST[1] = smallest;
            LAST[2] = summary;
        }
        return summary;
    }

    /** The smallest summary size that still reads at this zoom; the largest when none does. */
    private static FontRole smallestReadable(Typography type, double zoom) {
        FontRole smallest = FontRole.SUMMARY_LARGE;
        for (FontRole role : List.of(FontRole.SUMMARY_MEDIUM, FontRole.SUMMARY_SMALL)) {
            if (type.size(role) * zoom >= SUMMARY_READABLE_PX) {
                smallest = role;
            }
        }
        return smallest;
    }
}
