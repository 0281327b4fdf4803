package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Surface;
import app.masa.layout.VersionMark;
import java.util.List;
import java.util.function.Supplier;

/**
 * Draws another version's differences over the map, where {@link app.masa.layout.VersionMarks}
 * placed them: green ghosts for cards it adds, amber for what it changes (and a ghost where a
 * moved card would go), red outlines for what it removes.
 */
final class VersionOverlay implements Overlay {
    static final Rgba ADDED = Rgba.hex("#16a34a");
    static final Rgba REMOVED = Rgba.hex("#dc2626");
    static final Rgba CHANGED = Rgba.hex("#d97706");

    private final Supplier<List<VersionMark>> marks;

    VersionOverlay(Supplier<List<VersionMark>> marks) {
        this.marks = marks;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        double radius = Feedback.cardRadius(layout);
        for (VersionMark mark : marks.get()) {
            Rgba color = colorOf(mark.kind());
            if (mark.path() != null) {
                s.strokePath(mark.path(), Feedback.dashedScreenStroke(color, 3, zoom));
            } else if (mark.title() != null) {
                s.fillRect(mark.bounds(), radius, tint(color));
                s.strokeRect(mark.bounds(), radius, Feedback.dashedScreenStroke(color, 2.5, zoom));
                s.text(mark.title(), color);
            } else {
                Rect r = HitTester.grown(mark.bounds(), 3 / zoom);
                s.strokeRect(r, radius + 3 / zoom, Feedback.screenStroke(color, 3, zoom));
            }
        }
    }

    static Rgba colorOf(VersionMark.Kind kind) {
        return switch (kind) {
            case ADDED -> ADDED;
            case REMOVED -> REMOVED;
            case CHANGED, MOVED_TO -> CHANGED;
        };
    }

    private static Rgba tint(Rgba color) {
        return new Rgba(color.r(), color.g(), color.b(), 40);
    }
}
