package app.masa.ui.canvas;

import app.masa.layout.CommentMarks;
import app.masa.layout.MapLayout;
import app.masa.layout.Rgba;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import java.util.function.Supplier;

/**
 * The count of open comments on each card, stage and lane, where {@link CommentMarks} places it:
 * indigo, a colour no score, badge or card type uses, so it never reads as a figure of the map.
 */
final class CommentOverlay implements Overlay {
    static final Rgba FILL = Rgba.hex("#4f46e5");
    private static final Rgba TEXT = Rgba.hex("#ffffff");

    private final Supplier<JourneyMap> map;

    CommentOverlay(Supplier<JourneyMap> map) {
        this.map = map;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        JourneyMap current = map.get();
        if (current == null) {
            return;
        }
        for (CommentMarks.Mark mark : CommentMarks.of(layout, current)) {
            s.fillRect(mark.bounds(), mark.bounds().height() / 2, FILL);
            s.text(mark.count(), TEXT);
        }
    }
}
