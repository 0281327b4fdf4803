package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.CurveBox;
import app.masa.layout.CurvePoint;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import java.util.Optional;

/**
 * Finds what is under a layout point, in the order a person expects: the small grips first (a
 * card's connection handle, a curve point, a border), then cards, headers, arrows and cells.
 * Tolerances are in screen pixels so grips stay easy to catch at any zoom.
 */
final class HitTester {
    static final double GRIP_PIXELS = 5;
    static final double POINT_PIXELS = 9;

    private HitTester() {
    }

    static Hit at(MapLayout layout, double x, double y, double zoom) {
        double grip = GRIP_PIXELS / zoom;
        Optional<CellBox> cell = layout.cellAt(x, y);
        String stage = cell.map(CellBox::stageId).orElse(null);
        String lane = cell.map(CellBox::laneId).orElse(null);
        for (CardBox card : layout.cards()) {
            if (card.handle() != null && grown(card.handle(), grip / 2).contains(x, y)) {
                return new Hit(Hit.Kind.CARD_HANDLE, card.cardId(), card.stageId(), card.laneId());
            }
        }
        Optional<CurvePoint> point = curvePointAt(layout, x, y, POINT_PIXELS / zoom);
        if (point.isPresent()) {
            return new Hit(Hit.Kind.CURVE_POINT, point.get().cardId(), stage, lane);
        }
        Optional<CardBox> card = layout.cardAt(x, y);
        if (card.isPresent()) {
            return new Hit(Hit.Kind.CARD, card.get().cardId(), card.get().stageId(), card.get().laneId());
        }
        for (LaneBox l : layout.lanes()) {
            if (l.chevron().contains(x, y)) {
                return new Hit(Hit.Kind.LANE_CHEVRON, l.laneId(), null, null);
            }
        }
        for (StageBox s : layout.stages()) {
            double edge = readingEndX(layout, s);
            boolean inHeight = y >= s.header().y() && y < Math.max(s.column().maxY(), s.header().maxY());
            if (inHeight && Math.abs(x - edge) <= grip) {
                return new Hit(Hit.Kind.STAGE_BORDER, s.stageId(), null, null);
            }
        }
        for (LaneBox l : layout.lanes()) {
            boolean inWidth = x >= Math.min(l.header().x(), l.band().x())
                    && x < Math.max(l.header().maxX(), l.band().maxX());
            if (inWidth && Math.abs(y - l.band().maxY()) <= grip) {
                return new Hit(Hit.Kind.LANE_BORDER, l.laneId(), null, null);
            }
        }
        Optional<StageBox> stageHeader = layout.stageHeaderAt(x, y);
        if (stageHeader.isPresent()) {
            return new Hit(Hit.Kind.STAGE_HEADER, stageHeader.get().stageId(), null, null);
        }
        Optional<LaneBox> laneHeader = layout.laneHeaderAt(x, y);
        if (laneHeader.isPresent()) {
            return new Hit(Hit.Kind.LANE_HEADER, laneHeader.get().laneId(), null, null);
        }
        for (ConnectionBox c : layout.connections()) {
            if (PathGeometry.distance(c.path(), x, y) <= grip) {
                return new Hit(Hit.Kind.CONNECTION, c.connectionId(), stage, lane);
            }
        }
        if (cell.isPresent()) {
            return new Hit(Hit.Kind.CELL, null, stage, lane);
        }
        return Hit.NOTHING;
    }

    static Optional<CurvePoint> curvePointAt(MapLayout layout, double x, double y, double radius) {
        CurvePoint best = null;
        double bestDistance = radius;
        for (CurveBox curve : layout.curves()) {
            for (CurvePoint p : curve.points()) {
                double d = Math.hypot(p.at().x() - x, p.at().y() - y);
                if (d <= bestDistance) {
                    best = p;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<CurveBox> curveOf(MapLayout layout, String cardId) {
        return layout.curves().stream()
                .filter(c -> c.points().stream().anyMatch(p -> p.cardId().equals(cardId)))
                .findFirst();
    }

    /** The edge of a stage column that ends it in reading order: the one dragged to resize it. */
    static double readingEndX(MapLayout layout, StageBox s) {
        return layout.direction().isRightToLeft() ? s.column().x() : s.column().maxX();
    }

    static Rect grown(Rect r, double by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }
}
