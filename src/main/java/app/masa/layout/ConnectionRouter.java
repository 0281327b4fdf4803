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
    /** Hiding another label counts as much as hiding this much card text (square units). */
    private static final double LABEL_OVERLAP_COST = 1e6;
    /** How far beyond a skipping arrow's ends its channel search first reads the cards (px); it doubles until settled. */
    private static final double FIRST_BAND = 480;
    /** Ways are sums of pixel distances; rounding may shave this much off one. */
    private static final double WAY_SLACK = 1e-6;

    private final MapStyle style;
    private final TextPlacer text;
    private final Mirror mirror;
    private final double loopTop;
    private int loops;
    private List<CardBox> obstacles = List.of();
    /** The obstacles' ink, indexed when the first labelled arrow needs it. */
    private InkIndex ink;
    /** The pills of the labels placed so far: a label never covers another. */
    private final List<Rect> pills = new ArrayList<>();

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

    /**
     * @param grid the stage columns and the gutters after them
     * @param obstacles the cards an arrow or a label must not cover
     */
    List<ConnectionBox> route(List<Connection> connections, Map<String, CardBox> cards,
                              Map<String, Integer> stageIndex, Map<String, Rect> columns, Rect grid,
                              List<CardBox> obstacles) {
        this.obstacles = obstacles;
        this.ink = null;
        this.pills.clear();
        Rect[] byIndex = new Rect[stageIndex.size()];
        stageIndex.forEach((id, i) -> byIndex[i] = columns.get(id));
        List<Routed> routes = new ArrayList<>();
        for (Connection c : connections) {
            CardBox from = cards.get(c.fromCardId());
            CardBox to = cards.get(c.toCardId());
            if (from == null || to == null || from == to) {
                continue;
            }
            int a = stageIndex.get(from.stageId());
            int b = stageIndex.get(to.stageId());
            if (b > a + 1) {
                routes.add(across(c, from, to, byIndex, a, b));
            } else if (b > a) {
                routes.add(forward(c, from, to));
            } else if (b == a && (blocked(from, to) || !c.label().isBlank() && from.laneId().equals(to.laneId()))) {
                routes.add(aside(c, from, to, gutterAfter(byIndex, a, grid)));
            } else if (b == a) {
                routes.add(sameStage(c, from, to));
            } else {
                routes.add(loop(c, from, to, columns.get(from.stageId()), columns.get(to.stageId())));
            }
        }
        // Labels go on once every arrow has its way, so that a label can keep off the other arrows too.
        List<PathSamples> ways = routes.stream().map(r -> PathSamples.of(r.path())).toList();
        List<ConnectionBox> result = new ArrayList<>(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            result.add(box(routes.get(i), ways, i));
        }
        return result;
    }

    /** An arrow's way before its label is placed. */
    private record Routed(Connection c, PathShape path, PathShape head, DoubleFunction<Point> along, CardBox from,
                          CardBox to) {
    }

    /**
     * An arrow that skips stages: out into the gutter after its own stage, along a channel free of
     * cards across the stages between (at the card's own height when that is free), down the gutter
     * before the target's stage and into it. Never through a card.
     */
    private Routed across(Connection c, CardBox from, CardBox to, Rect[] columns, int a, int b) {
        double dir = mirror.forward();
        double sx = dir > 0 ? from.bounds().maxX() : from.bounds().x();
        double sy = from.bounds().centerY();
        double ex = dir > 0 ? to.bounds().x() : to.bounds().maxX();
        double ey = to.bounds().centerY();
        double g1 = gutter(columns[a], columns[a + 1], dir);
        double g2 = gutter(columns[b - 1], columns[b], dir);
        double room = c.label().isBlank() ? 0 : text.lineHeight(FontRole.SMALL) + 4;
        double y = channel(Math.min(g1, g2), Math.max(g1, g2), sy, ey, room, columns[a]);
        Polyline route = new Polyline(List.of(new Point(sx, sy), new Point(g1, sy), new Point(g1, y), new Point(g2, y),
                new Point(g2, ey), new Point(ex, ey)));
        return new Routed(c, route.shape(10), arrowHead(ex, ey, dir, 0), route.along(), from, to);
    }

    /** Whether a card stands between two cards of one stage, in the way of a straight arrow. */
    private boolean blocked(CardBox from, CardBox to) {
        double x = from.bounds().centerX();
        double top = Math.min(from.bounds().maxY(), to.bounds().maxY());
        double bottom = Math.max(from.bounds().y(), to.bounds().y());
        if (bottom <= top) {
            return false;
        }
        return index().cardsMeeting(new Rect(x - 1, top + 0.5, 2, bottom - top - 1)).stream()
                .anyMatch(card -> card != from && card != to);
    }

    /**
     * An arrow within a stage with cards in its way, or with a label and no room between its cards:
     * out along the gutter after the stage and back into the target's side.
     */
    private Routed aside(Connection c, CardBox from, CardBox to, double gx) {
        double dir = mirror.forward();
        double sx = dir > 0 ? from.bounds().maxX() : from.bounds().x();
        double ex = dir > 0 ? to.bounds().maxX() : to.bounds().x();
        double sy = from.bounds().centerY();
        double ey = to.bounds().centerY();
        Polyline route = new Polyline(List.of(new Point(sx, sy), new Point(gx, sy), new Point(gx, ey), new Point(ex, ey)));
        return new Routed(c, route.shape(8), arrowHead(ex, ey, -dir, 0), route.along(), from, to);
    }

    /** The middle of the gutter after a stage: before the next stage, or before the grid's end. */
    private double gutterAfter(Rect[] columns, int stage, Rect grid) {
        double dir = mirror.forward();
        if (stage < columns.length - 1) {
            return gutter(columns[stage], columns[stage + 1], dir);
        }
        Rect column = columns[stage];
        return dir > 0 ? (column.maxX() + grid.maxX()) / 2 : (column.x() + grid.x()) / 2;
    }

    /** The middle of the gutter between a stage's column and the next one's, in reading order. */
    private static double gutter(Rect column, Rect next, double dir) {
        return dir > 0 ? (column.maxX() + next.x()) / 2 : (column.x() + next.maxX()) / 2;
    }

    /**
     * A height at which a run from {@code left} to {@code right} meets no card, with {@code room}
     * free around it for a label: the one that makes the arrow's way up and down shortest, equal
     * ways in the order of the cards along the span.
     *
     * <p>The cards are read in a band around the arrow's ends that widens until it settles the
     * answer: a card outside a band offers only heights beyond it, whose ways are longer than any
     * height inside. On a map of thousands of cards an arrow almost always finds its way near its
     * ends, so it no longer reads every card of the stages it skips.
     */
    private double channel(double left, double right, double sy, double ey, double room, Rect grid) {
        double half = room / 2 + 3;
        Rect span = new Rect(left, grid.y(), right - left, grid.height());
        double low = Math.min(sy, ey);
        double high = Math.max(sy, ey);
        for (double reach = FIRST_BAND; ; reach *= 2) {
            double top = Math.max(grid.y(), low - half - 2 - reach);
            double bottom = Math.min(grid.maxY(), high + half + 2 + reach);
            // Written so that a height that is not a number ends the widening too.
            boolean whole = !(top > grid.y() || bottom < grid.maxY());
            List<CardBox> near = whole ? index().cardsMeeting(span)
                    : index().cardsMeeting(new Rect(left, top, right - left, bottom - top), span);
            // Heights offered by cards outside the band lie at least `reach` beyond the arrow's ends.
            double settled = whole ? Double.POSITIVE_INFINITY : (high - low) + 2 * reach - WAY_SLACK;
            int n = 3 + 2 * near.size();
            double[] heights = new double[n];
            heights[0] = sy;
            heights[1] = ey;
            heights[2] = (sy + ey) / 2;
            for (int i = 0; i < near.size(); i++) {
                heights[3 + 2 * i] = near.get(i).bounds().y() - half - 2;
                heights[4 + 2 * i] = near.get(i).bounds().maxY() + half + 2;
            }
            double[] ways = new double[n];
            for (int i = 0; i < n; i++) {
                ways[i] = Math.abs(heights[i] - sy) + Math.abs(heights[i] - ey);
            }
            // Shortest way first, equal ways in their order: the first free height is the answer.
            for (ShortestFirst order = new ShortestFirst(ways, n); order.hasNext(); ) {
                int i = order.next();
                if (ways[i] >= settled) {
                    break;
                }
                double y = heights[i];
                if (y - half >= grid.y() && y + half <= grid.maxY()
                        && !index().meetsCard(new Rect(left, y - half, right - left, 2 * half))) {
                    return y;
                }
            }
            if (whole) {
                return grid.maxY() - half;
            }
        }
    }

    private InkIndex index() {
        if (ink == null) {
            ink = InkIndex.of(obstacles, style.typography());
        }
        return ink;
    }

    private Routed forward(Connection c, CardBox from, CardBox to) {
        double dir = mirror.forward();
        double sx = dir > 0 ? from.bounds().maxX() : from.bounds().x();
        double sy = from.bounds().centerY();
        double ex = dir > 0 ? to.bounds().x() : to.bounds().maxX();
        double ey = to.bounds().centerY();
        double handle = Math.max(28, Math.abs(ex - sx) * 0.45);
        PathShape path = new PathShape().moveTo(sx, sy)
                .cubicTo(sx + dir * handle, sy, ex - dir * handle, ey, ex, ey);
        return new Routed(c, path, arrowHead(ex, ey, dir, 0),
                t -> bezier(t, sx, sy, sx + dir * handle, sy, ex - dir * handle, ey, ex, ey), from, to);
    }

    private Routed sameStage(Connection c, CardBox from, CardBox to) {
        boolean down = to.bounds().y() >= from.bounds().y();
        double sx = from.bounds().centerX();
        double sy = down ? from.bounds().maxY() : from.bounds().y();
        double ex = to.bounds().centerX();
        double ey = down ? to.bounds().y() : to.bounds().maxY();
        double dy = down ? 1 : -1;
        double handle = Math.max(8, Math.abs(ey - sy) * 0.4);
        PathShape path = new PathShape().moveTo(sx, sy).cubicTo(sx, sy + dy * handle, ex, ey - dy * handle, ex, ey);
        return new Routed(c, path, arrowHead(ex, ey, 0, dy),
                t -> bezier(t, sx, sy, sx, sy + dy * handle, ex, ey - dy * handle, ex, ey), from, to);
    }

    /** Out of the source's reading end, down its column's edge, back under the map, up to the target. */
    private Routed loop(Connection c, CardBox from, CardBox to, Rect fromColumn, Rect toColumn) {
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
        Polyline.corner(path, sx, sy, gutterOut, sy, gutterOut, trackY, r);
        Polyline.corner(path, gutterOut, sy, gutterOut, trackY, gutterIn, trackY, 10);
        Polyline.corner(path, gutterOut, trackY, gutterIn, trackY, gutterIn, ey, 10);
        Polyline.corner(path, gutterIn, trackY, gutterIn, ey, ex, ey, rin);
        path.lineTo(ex, ey);
        Point track = new Point((gutterOut + gutterIn) / 2, trackY);
        return new Routed(c, path, arrowHead(ex, ey, dir, 0), t -> track, from, to);
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

    private ConnectionBox box(Routed route, List<PathSamples> ways, int own) {
        Connection c = route.c();
        PathShape path = route.path();
        PathShape head = route.head();
        DoubleFunction<Point> along = route.along();
        CardBox from = route.from();
        CardBox to = route.to();
        Point mid = along.apply(0.5);
        if (c.label().isBlank()) {
            return new ConnectionBox(c.id(), c.fromCardId(), c.toCardId(), path, head, mid, null);
        }
        String label = LabelGutters.label(c.label(), text.wrapper());
        double w = text.wrapper().width(label, FontRole.SMALL);
        double h = text.lineHeight(FontRole.SMALL);
        InkIndex ink = index();
        // The first place, in order of preference, where the pill meets no card, no other label and no
        // other arrow; then one that may cross another arrow; failing both, the one hiding the least
        // card text and no label if it can.
        Point best = null;
        Point crossing = null;
        Point fallback = mid;
        double least = Double.MAX_VALUE;
        for (Point at : candidates(along, h, from, to)) {
            Rect pill = pill(at, w, h);
            boolean overLabel = pills.stream().anyMatch(pill::intersects);
            if (!overLabel && !ink.meetsCard(pill)) {
                if (!crossesOthers(pill, ways, own)) {
                    best = at;
                    break;
                }
                if (crossing == null) {
                    crossing = at;
                }
                continue;
            }
            double covered = ink.covered(pill) + (overLabel ? LABEL_OVERLAP_COST : 0);
            if (covered < least - 0.5) {
                least = covered;
                fallback = at;
            }
        }
        if (best == null) {
            best = crossing;
        }
        if (best == null) {
            best = fallback;
        }
        pills.add(pill(best, w, h));
        TextLine line = text.single(label, FontRole.SMALL, best.x() - w / 2, best.y() - h / 2);
        return new ConnectionBox(c.id(), c.fromCardId(), c.toCardId(), path, head, best, line);
    }

    private static boolean crossesOthers(Rect pill, List<PathSamples> ways, int own) {
        for (int i = 0; i < ways.size(); i++) {
            if (i != own && ways.get(i).crosses(pill)) {
                return true;
            }
        }
        return false;
    }

    /** The label's pill with its padding, centred on a point. */
    private static Rect pill(Point at, double w, double h) {
        return new Rect(at.x() - w / 2 - LabelGutters.PILL_PADDING, at.y() - h / 2 - 2,
                w + 2 * LabelGutters.PILL_PADDING, h + 4);
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
