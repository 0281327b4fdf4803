package app.masa.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A route of straight runs, as arrows take along gutters and free channels: drawn with rounded
 * bends, and walked by length so that a label can be set at any fraction of the way.
 */
final class Polyline {
    private final List<Point> points;
    private final double[] lengths;
    private final double total;

    Polyline(List<Point> route) {
        points = simplified(route);
        lengths = new double[points.size()];
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += distance(points.get(i - 1), points.get(i));
            lengths[i] = sum;
        }
        total = sum;
    }

    List<Point> points() {
        return points;
    }

    /** The route with each bend rounded by at most {@code radius}. */
    PathShape shape(double radius) {
        Point first = points.get(0);
        PathShape path = new PathShape().moveTo(first.x(), first.y());
        for (int i = 1; i < points.size() - 1; i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            Point c = points.get(i + 1);
            corner(path, a.x(), a.y(), b.x(), b.y(), c.x(), c.y(), radius);
        }
        Point last = points.get(points.size() - 1);
        path.lineTo(last.x(), last.y());
        return path;
    }

    /** The point at a fraction of the route's length. */
    DoubleFunction<Point> along() {
        return t -> {
            double at = Math.max(0, Math.min(1, t)) * total;
            for (int i = 1; i < points.size(); i++) {
                if (at <= lengths[i] || i == points.size() - 1) {
                    double run = lengths[i] - lengths[i - 1];
                    double f = run == 0 ? 0 : (at - lengths[i - 1]) / run;
                    Point a = points.get(i - 1);
                    Point b = points.get(i);
                    return new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
                }
            }
            return points.get(0);
        };
    }

    /** A straight run from (ax, ay) toward the corner (bx, by), turned with a rounded bend toward (cx, cy). */
    static void corner(PathShape path, double ax, double ay, double bx, double by, double cx, double cy,
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

    /** Without repeated points and without points in the middle of a straight run. */
    private static List<Point> simplified(List<Point> route) {
        List<Point> kept = new ArrayList<>();
        for (Point p : route) {
            if (!kept.isEmpty() && distance(kept.get(kept.size() - 1), p) < 0.01) {
                continue;
            }
            if (kept.size() >= 2 && straight(kept.get(kept.size() - 2), kept.get(kept.size() - 1), p)) {
                kept.set(kept.size() - 1, p);
            } else {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean straight(Point a, Point b, Point c) {
        return Math.abs((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())) < 0.01;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
