package app.masa.layout;

import app.masa.model.LaneKind;
import java.util.List;

/**
 * A lane's title header (at the reading start), its full-width band, and the collapse chevron: a
 * small square at the top of the header on the side of the cells (the title starts at the other).
 *
 * @param conflictBadge the pill under the title that says a merge left the lane in conflict, or null
 */
public record LaneBox(String laneId, int index, Rect header, Rect band, List<TextLine> titleLines, LaneKind kind,
                      boolean collapsed, Rgba fill, Rect chevron, CardBadge conflictBadge) {
    static final double CHEVRON_SIZE = 18;
    private static final double CHEVRON_INSET = 4;
    private static final double CHEVRON_TOP = 8;

    public LaneBox {
        titleLines = List.copyOf(titleLines);
    }

    public LaneBox(String laneId, int index, Rect header, Rect band, List<TextLine> titleLines, LaneKind kind,
                   boolean collapsed, Rgba fill, Rect chevron) {
        this(laneId, index, header, band, titleLines, kind, collapsed, fill, chevron, null);
    }

    LaneBox(String laneId, int index, Rect header, Rect band, List<TextLine> titleLines, LaneKind kind,
            boolean collapsed, Rgba fill, boolean rightToLeft, CardBadge conflictBadge) {
        this(laneId, index, header, band, titleLines, kind, collapsed, fill, chevron(header, rightToLeft),
                conflictBadge);
    }

    private static Rect chevron(Rect header, boolean rightToLeft) {
        double size = Math.min(CHEVRON_SIZE, Math.min(header.width(), header.height()));
        double x = rightToLeft ? header.x() + CHEVRON_INSET : header.maxX() - size - CHEVRON_INSET;
        return new Rect(x, header.y() + CHEVRON_TOP, size, size);
    }
}
