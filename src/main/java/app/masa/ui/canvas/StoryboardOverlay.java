package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Palette;
import app.masa.layout.StoryboardSlots;
import app.masa.layout.Surface;
import java.util.List;

/** The empty frames of a storyboard, dashed, inviting a picture: where {@link StoryboardSlots} puts them. */
final class StoryboardOverlay implements Overlay {
    /** The overlay is painted on every hover and selection change; the slots change only with the layout. */
    private MapLayout placedFor;
    private List<StoryboardSlots.Slot> slots = List.of();

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        if (layout != placedFor) {
            placedFor = layout;
            slots = StoryboardSlots.of(layout);
        }
        Palette p = layout.style().palette();
        for (StoryboardSlots.Slot slot : slots) {
            s.strokeRect(slot.frame(), layout.style().metrics().cardRadius(),
                    Feedback.dashedScreenStroke(p.textMuted(), 1.2, zoom));
            s.text(slot.label(), p.textMuted());
        }
    }
}
