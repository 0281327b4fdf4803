package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.ui.session.CellRef;
import java.util.List;
import java.util.Optional;

/**
 * Finds the drop position under the pointer from the layout alone. Cards before the pointer in
 * reading order come first: above it, or on its row and before it in the map's direction (to its
 * left in left-to-right maps, to its right in right-to-left ones).
 */
final class DropTargets {
    private static final double INDICATOR_THICKNESS = 3;

    private DropTargets() {
    }

    static Optional<DropTarget> at(LayoutIndex index, double x, double y) {
        MapLayout layout = index.layout();
        Optional<CellBox> cellBox = layout.cellAt(x, y);
        if (cellBox.isEmpty()) {
            return Optional.empty();
        }
        CellBox cell = cellBox.get();
        CellRef ref = new CellRef(cell.stageId(), cell.laneId());
        List<CardBox> others = index.cardsIn(ref);
        boolean rtl = layout.direction().isRightToLeft();
        int position = others.size();
        for (int i = 0; i < others.size(); i++) {
            if (isBefore(x, y, others.get(i).bounds(), rtl)) {
                position = i;
                break;
            }
        }
        return Optional.of(new DropTarget(ref, position, indicator(layout, cell, others, position)));
    }

    /**
     * Whether the pointer is before a card: above its middle, or, level with it on a row of cards
     * side by side, before its middle in reading direction.
     */
    static boolean isBefore(double x, double y, Rect card, boolean rtl) {
        if (y < card.y()) {
            return true;
        }
        if (y >= card.maxY()) {
            return false;
        }
        boolean besideIt = rtl ? x > card.maxX() : x < card.x();
        return besideIt || y < card.centerY();
    }

    /** A line in the gap before the card at the position, or after the last card. */
    static Rect indicator(MapLayout layout, CellBox cell, List<CardBox> others, int position) {
        double gap = layout.style().metrics().cardGap();
        double pad = layout.style().metrics().cellPadding();
        double t = INDICATOR_THICKNESS;
        if (others.isEmpty()) {
            Rect b = cell.bounds();
            return new Rect(b.x() + pad, b.y() + pad - t / 2, Math.max(0, b.width() - 2 * pad), t);
        }
        if (position < others.size()) {
            Rect c = others.get(position).bounds();
            return new Rect(c.x(), c.y() - gap / 2 - t / 2, c.width(), t);
        }
        Rect c = others.get(others.size() - 1).bounds();
        return new Rect(c.x(), c.maxY() + gap / 2 - t / 2, c.width(), t);
    }
}
