package app.masa.ui.canvas;

import app.masa.layout.FontRole;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.MapSummary;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import app.masa.layout.Typography;
import java.util.List;

/**
 * The one place the canvas reaches the shared layout engine and map painter, and where the
 * presentation borrows the canvas's way of showing a map small: detail too small to see left out,
 * and below {@value #SUMMARY_BELOW} the map's summary.
 */
public final class LayoutPainting {
    /**
     * Below this zoom the canvas paints the map's summary: card titles in the layout's own type
     * would be smaller than {@link DetailLevelSurface#READABLE_HEADING_PX}, and bodies long gone.
     */
    static final double SUMMARY_BELOW = 0.4;
    /** The smallest summary text, in screen pixels, that still reads on a screen at arm's length. */
    static final double SUMMARY_READABLE_PX = 7.5;
    /** The smallest text, in screen pixels, that reads from the back of a room on a projector. */
    public static final double ROOM_READABLE_PX = 10;

    private static final MapSummary SUMMARY = new MapSummary();
    /** The newest layout summarised, for which smallest size, and the summary: made once for tiles and preview. */
    private static final Object[] LAST = new Object[3];

    private LayoutPainting() {
    }

    /**
     * Paints the map's picture as the canvas shows it at this zoom: only what meets the visible
     * rectangle (a big map costs what is on screen), without detail too small to see, then the marks.
     */
    static void paintPicture(MapLayout layout, Surface surface, double zoom, Rect visible, MapMarks marks) {
        paint(asSeenAt(layout, zoom), layout, surface, zoom, visible);
        marks.paint(surface, layout);
    }

    /**
     * Paints the map as a room reads it on a projector at this zoom: its summary as soon as card
     * titles would be smaller than {@value #ROOM_READABLE_PX} pixels, in summary sizes at least that
     * large where the boxes allow. Returns the layout it painted.
     */
    public static MapLayout paintForRoom(MapLayout layout, Surface surface, double zoom, Rect visible) {
        Typography type = layout.style().typography();
        boolean small = type.size(FontRole.CARD_TITLE) * zoom < ROOM_READABLE_PX;
        MapLayout seen = small ? summary(layout, smallestReadable(type, zoom, ROOM_READABLE_PX)) : layout;
        return paint(seen, layout, surface, zoom, visible);
    }

    private static MapLayout paint(MapLayout seen, MapLayout layout, Surface surface, double zoom, Rect visible) {
        Surface legible = new DetailLevelSurface(surface, layout.style().typography(), zoom);
        MapPainter.paint(seen, new CullingSurface(legible, visible), true, visible);
        return seen;
    }

    /** The layout itself, or below {@link #SUMMARY_BELOW} its summary (same boxes, larger titles). */
    static MapLayout asSeenAt(MapLayout layout, double zoom) {
        if (zoom >= SUMMARY_BELOW) {
            return layout;
        }
        return summary(layout, smallestReadable(layout.style().typography(), zoom, SUMMARY_READABLE_PX));
    }

    private static MapLayout summary(MapLayout layout, FontRole smallest) {
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
    private static FontRole smallestReadable(Typography type, double zoom, double readablePx) {
        FontRole smallest = FontRole.SUMMARY_LARGE;
        for (FontRole role : List.of(FontRole.SUMMARY_MEDIUM, FontRole.SUMMARY_SMALL)) {
            if (type.size(role) * zoom >= readablePx) {
                smallest = role;
            }
        }
        return smallest;
    }
}
