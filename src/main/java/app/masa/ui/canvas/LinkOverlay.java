package app.masa.ui.canvas;

import app.masa.layout.LinkMarks;
import app.masa.layout.MapLayout;
import app.masa.layout.Surface;
import java.util.List;
import java.util.function.Supplier;

/** The pills that say where a card or stage leads, where {@link LinkMarks} places them. */
final class LinkOverlay implements Overlay {
    private final Supplier<List<LinkMarks.Mark>> marks;

    LinkOverlay(Supplier<List<LinkMarks.Mark>> marks) {
        this.marks = marks;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        for (LinkMarks.Mark mark : marks.get()) {
            LinkMarks.paint(mark, s);
        }
    }
}
