package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Palette;
import app.masa.layout.StoryboardSlots;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;

/** The empty frames of a storyboard, dashed, inviting a picture: where {@link StoryboardSlots} puts them. */
final class StoryboardOverlay implements Overlay {
    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        Palette p = layout.style().palette();
        for (StoryboardSlots.Slot slot : StoryboardSlots.of(layout)) {
            s.strokeRect(slot.frame(), layout.style().metrics().cardRadius(),
                    Feedback.dashedScreenStroke(p.textMuted(), 1.2, zoom));
            s.text(slot.label(), p.textMuted());
        }
    }
}
