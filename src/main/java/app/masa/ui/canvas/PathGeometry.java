package app.masa.ui.canvas;

import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import java.util.ArrayList;
import java.util.List;

/** Bounds of and distance to a path, for culling and for clicking on an arrow. */
final class PathGeometry {
    private static final int STEPS_PER_CUBIC = 16;

    private PathGeometry() {
    }

    /** The box around every point of the path, control points included (a safe over-estimate). */
    static Rect bounds(PathShape path) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathShape.Segment s : path.segments()) {
            for (Point p : s.points()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return minX > maxX ? new Rect(0, 0, 0, 0) : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The shortest distance from a point to the path's outline. */
    static double distance(PathShape path, double x, double y) {
        List<Point> polyline = flatten(path);
        double best = Double.MAX_VALUE;
        for (int i = 1; i < polyline.size(); i++) {
            best = Math.min(best, segmentDistance(polyline.get(i - 1), polyline.get(i), x, y));
        }
        return best;
    }

    static List<Point> flatten(PathShape path) {
        List<Point> out = new ArrayList<>();
        Point current = null;
        Point start = null;
        for (PathShape.Segment s : path.segments()) {
            switch (s.kind()) {
                case MOVE -> {
                    current = s.points().get(0);
                    start = current;
                    out.add(current);
                }
                case LINE -> {
                    current = s.points().get(0);
                    out.add(current);
                }
                case CUBIC -> {
                    Point p0 = current == null ? s.points().get(0) : current;
                    Point c1 = s.points().get(0);
                    Point c2 = s.points().get(1);
                    Point p3 = s.points().get(2);
                    for (int i = 1; i <= STEPS_PER_CUBIC; i++) {
                        out.add(cubic(p0, c1, c2, p3, (double) i / STEPS_PER_CUBIC));
                    }
                    current = p3;
                }
                case CLOSE -> {
                    if (start != null) {
                        out.add(start);
                        current = start;
                    }
                }
            }
        }
        return out;
    }

    private static Point cubic(Point p0, Point c1, Point c2, Point p3, double t) {
        double u = 1 - t;
        double x = u * u * u * p0.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * p3.x();
        double y = u * u * u * p0.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * p3.y();
        return new Point(x, y);
    }

    private static double segmentDistance(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double px = a.x() + t * dx - x;
        double py = a.y() + t * dy - y;
        return Math.sqrt(px * px + py * py);
    }
}
