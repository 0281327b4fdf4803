package app.masa.layout;

import app.masa.model.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Draws connections as arrows between card edges. Forward arrows are S-curves from the reading end of
 * one card to the reading start of the next; arrows inside one stage run down (or up) the column;
 * arrows back to an earlier stage (the loop from retention to awareness) go around the map
 * underneath, along the gaps between columns, instead of cutting across it. A label is shortened
 * to a readable width and set on the point of its arrow where its pill covers the least card text.
 */
final class ConnectionRouter {
    /** Positions along an arrow tried for its label, the middle first. */
    private static final double[] LABEL_TS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
    private static final double MAX_LABEL_WIDTH = 130;

    private final MapStyle style;
    private final TextPlacer text;
    private final Mirror mirror;
    private final double loopTop;
    private int loops;
    private List<CardBox> obstacles = List.of();
    /** The obstacles' ink, indexed when the first labelled arrow needs it. */
    private InkIndex ink;

    ConnectionRouter(MapStyle style, TextPlacer text, Mirror mirror, double loopTop) {
        this.style = style;
        this.text = text;
        this.mirror = mirror;
        this.loopTop = loopTop;
    }

    /** How far below the grid the loops reach, once routed. */
    double loopDepth() {
        return loops == 0 ? 0 : (loops + 1) * style.metrics().loopGap();
    }

    /** @param obstacles the cards a label should not cover */
    List<ConnectionBox> route(List<Connection> connections, Map<String, CardBox> cards,
                              Map<String, Integer> stageIndex, Map<String, Rect> columns, List<CardBox> obstacles) {
        this.obstacles = obstacles;
        this.ink = null;
        List<ConnectionBox> result = new ArrayList<>();
        for (Connection c : connections) {
            CardBox from = cards.get(c.fromCardId());
            CardBox to = cards.get(c.toCardId());
            if (from == null || to == null || from == to) {
                continue;
            }
            int a = stageIndex.get(from.stageId());
            int b = stageIndex.get(to.stageId());
            if (b > a) {
                result.add(forward(c, from, to));
            } else if (b == a) {
                result.add(sameStage(c, from, to));
            } else {
                result.add(loop(c, from, to, columns.get(from.stageId()), columns.get(to.stageId())));
            }
        }
        return result;
    }

    private ConnectionBox forward(Connection c, CardBox from, CardBox to) {
        double dir = mirror.forward();
        double sx = dir > 0 ? from.bounds().maxX() : from.bounds().x();
        double sy = from.bounds().centerY();
        double ex = dir > 0 ? to.bounds().x() : to.bounds().maxX();
        double ey = to.bounds().centerY();
        double handle = Math.max(28, Math.abs(ex - sx) * 0.45);
        PathShape path = new PathShape().moveTo(sx, sy)
                .cubicTo(sx + dir * handle, sy, ex - dir * handle, ey, ex, ey);
        return box(c, path, arrowHead(ex, ey, dir, 0),
                t -> bezier(t, sx, sy, sx + dir * handle, sy, ex - dir * handle, ey, ex, ey), from, to);
    }

    private ConnectionBox sameStage(Connection c, CardBox from, CardBox to) {
        boolean down = to.bounds().y() >= from.bounds().y();
        double sx = from.bounds().centerX();
        double sy = down ? from.bounds().maxY() : from.bounds().y();
        double ex = to.bounds().centerX();
        double ey = down ? to.bounds().y() : to.bounds().maxY();
        double dy = down ? 1 : -1;
        double handle = Math.max(8, Math.abs(ey - sy) * 0.4);
        PathShape path = new PathShape().moveTo(sx, sy).cubicTo(sx, sy + dy * handle, ex, ey - dy * handle, ex, ey);
        return box(c, path, arrowHead(ex, ey, 0, dy),
                t -> bezier(t, sx, sy, sx, sy + dy * handle, ex, ey - dy * handle, ex, ey), from, to);
    }

    /** Out of the source's reading end, down its column's edge, back under the map, up to the target. */
    private ConnectionBox loop(Connection c, CardBox from, CardBox to, Rect fromColumn, Rect toColumn) {
        double dir = mirror.forward();
        double offset = 3 * (loops % 4);
        double trackY = loopTop + (loops + 1) * style.metrics().loopGap();
        loops++;
        double sx = dir > 0 ? from.bounds().maxX() : from.bounds().x();
        double sy = from.bounds().centerY();
        double gutterOut = (dir > 0 ? fromColumn.maxX() : fromColumn.x()) - dir * (2 + offset);
        double ex = dir > 0 ? to.bounds().x() : to.bounds().maxX();
        double ey = to.bounds().centerY();
        double gutterIn = (dir > 0 ? toColumn.x() : toColumn.maxX()) + dir * (2 + offset);
        double r = Math.min(10, Math.abs(gutterOut - sx) / 2);
        double rin = Math.min(10, Math.abs(ex - gutterIn) / 2);
        PathShape path = new PathShape().moveTo(sx, sy);
        corner(path, sx, sy, gutterOut, sy, gutterOut, trackY, r);
        corner(path, gutterOut, sy, gutterOut, trackY, gutterIn, trackY, 10);
        corner(path, gutterOut, trackY, gutterIn, trackY, gutterIn, ey, 10);
        corner(path, gutterIn, trackY, gutterIn, ey, ex, ey, rin);
        path.lineTo(ex, ey);
        Point track = new Point((gutterOut + gutterIn) / 2, trackY);
        return box(c, path, arrowHead(ex, ey, dir, 0), t -> track, from, to);
    }

    /** A straight run from (ax, ay) toward the corner (bx, by), turned with a rounded bend toward (cx, cy). */
    private static void corner(PathShape path, double ax, double ay, double bx, double by, double cx, double cy,
                               double radius) {
        double inLength = Math.hypot(bx - ax, by - ay);
        double outLength = Math.hypot(cx - bx, cy - by);
        double r = Math.min(radius, Math.min(inLength, outLength) / 2);
        if (r <= 0.5) {
            path.lineTo(bx, by);
            return;
        }
        double ux = (bx - ax) / inLength;
        double uy = (by - ay) / inLength;
        double vx = (cx - bx) / outLength;
        double vy = (cy - by) / outLength;
        double k = 0.55 * r;
        path.lineTo(bx - ux * r, by - uy * r);
        path.cubicTo(bx - ux * (r - k), by - uy * (r - k), bx + vx * (r - k), by + vy * (r - k), bx + vx * r, by + vy * r);
    }

    private PathShape arrowHead(double x, double y, double dx, double dy) {
        double size = 7 * style.metrics().lineWidth() + 1;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double bx = x - ux * size;
        double by = y - uy * size;
        double half = size * 0.55;
        return new PathShape().moveTo(x, y).lineTo(bx - uy * half, by + ux * half)
                .lineTo(bx + uy * half, by - ux * half).close();
    }

    private ConnectionBox box(Connection c, PathShape path, PathShape head, DoubleFunction<Point> along,
                              CardBox from, CardBox to) {
        Point mid = along.apply(0.5);
        if (c.label().isBlank()) {
            return new ConnectionBox(c.id(), c.fromCardId(), c.toCardId(), path, head, mid, null);
        }
        String label = Ellipsis.fit(c.label(), MAX_LABEL_WIDTH, FontRole.SMALL, text.wrapper());
        double w = text.wrapper().width(label, FontRole.SMALL);
        double h = text.lineHeight(FontRole.SMALL);
        if (ink == null) {
            ink = InkIndex.of(obstacles, style.typography());
        }
        Point best = mid;
        double least = Double.MAX_VALUE;
        for (Point at : candidates(along, h, from, to)) {
            double covered = ink.covered(new Rect(at.x() - w / 2 - 5, at.y() - h / 2 - 2, w + 10, h + 4));
            if (covered < least - 0.5) {
                least = covered;
                best = at;
            }
            if (least == 0) {
                break;
            }
        }
        TextLine line = text.single(label, FontRole.SMALL, best.x() - w / 2, best.y() - h / 2);
        return new ConnectionBox(c.id(), c.fromCardId(), c.toCardId(), path, head, best, line);
    }

    /**
     * Where a label may go, best first: on its arrow, then just off it, then in the free strip just
     * above or below the two cards it joins (over padding and borders, where it hides no text).
     */
    private static List<Point> candidates(DoubleFunction<Point> along, double h, CardBox from, CardBox to) {
        List<Point> points = new ArrayList<>();
        for (double dy : new double[] {0, -h, h}) {
            for (double t : LABEL_TS) {
                Point on = along.apply(t);
                points.add(new Point(on.x(), on.y() + dy));
            }
        }
        double x = along.apply(0.5).x();
        for (CardBox end : List.of(from, to)) {
            points.add(new Point(x, end.bounds().y() - h / 2 - 1));
            points.add(new Point(x, end.bounds().maxY() + h / 2 + 1));
        }
        return points;
    }

    private static Point bezier(double t, double x0, double y0, double x1, double y1, double x2, double y2, double x3,
                                double y3) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3);
    }
}
