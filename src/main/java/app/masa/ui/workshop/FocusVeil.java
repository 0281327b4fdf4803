package app.masa.ui.workshop;

import app.masa.layout.ConnectionBox;
import app.masa.layout.FontRole;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.layout.TextLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What focus mode dims: everything around the stage under discussion, in whole pieces. The veil's
 * edges run along the stage's header and column, which no card crosses; what does cross them (the
 * title and persona above, the arrows into and out of the stage with their labels) is either
 * wholly under the veil or painted again on top of it, so no text is cut in half.
 *
 * @param veil the rectangles to dim, in layout units
 * @param lit the arrows drawn again over the veil: those from or to a card of the stage, and any
 *            whose label the veil's edge would cut
 */
record FocusVeil(List<Rect> veil, List<ConnectionBox> lit) {

    /** @param shown the layout as painted (the summary when zoomed out); {@code around} reaches the screen's edges */
    static FocusVeil around(MapLayout shown, StageBox stage, Rect around) {
        Rect area = PresentationView.stageArea(stage);
        double left = Math.min(around.x(), 0);
        double top = Math.min(around.y(), 0);
        double right = Math.max(around.maxX(), shown.width());
        double bottom = Math.max(around.maxY(), shown.height());
        List<Rect> veil = List.of(
                new Rect(left, top, area.x() - left, bottom - top),
                new Rect(area.maxX(), top, right - area.maxX(), bottom - top),
                new Rect(area.x(), top, area.width(), area.y() - top),
                new Rect(area.x(), area.maxY(), area.width(), bottom - area.maxY()));
        Set<String> inStage = new HashSet<>();
        shown.cards().stream().filter(c -> c.stageId().equals(stage.stageId())).forEach(c -> inStage.add(c.cardId()));
        List<ConnectionBox> lit = new ArrayList<>();
        for (ConnectionBox c : shown.connections()) {
            if (inStage.contains(c.fromCardId()) || inStage.contains(c.toCardId())
                    || (c.label() != null && straddles(pill(c.label(), shown), area))) {
                lit.add(c);
            }
        }
        return new FocusVeil(veil, lit);
    }

    /** The pill an arrow's label is drawn on (see MapPainter), which must not be cut either. */
    static Rect pill(TextLine label, MapLayout layout) {
        double size = layout.style().typography().size(FontRole.SMALL);
        double lh = layout.style().typography().lineHeight(FontRole.SMALL);
        return new Rect(label.x() - 5, label.baseline() - size - 1, label.width() + 10, lh + 3);
    }

    /** Partly inside the area and partly outside: an edge of the veil runs through it. */
    static boolean straddles(Rect r, Rect area) {
        return r.intersects(area) && !(r.x() >= area.x() && r.maxX() <= area.maxX() && r.y() >= area.y()
                && r.maxY() <= area.maxY());
    }
}
