package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/** Points along a path, a few per straight run and per curve: enough to tell what a path passes over. */
final class PathSamples {
    private static final int PER_SEGMENT = 12;

    private final List<Point> points;
    private final Rect bounds;

    private PathSamples(List<Point> points) {
        this.points = points;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        bounds = points.isEmpty() ? new Rect(0, 0, 0, 0) : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    static PathSamples of(PathShape path) {
        List<Point> points = new ArrayList<>();
        Point at = null;
        for (PathShape.Segment s : path.segments()) {
            switch (s.kind()) {
                case MOVE -> {
                    at = s.points().get(0);
                    points.add(at);
                }
                case LINE -> {
                    Point to = s.points().get(0);
                    for (int i = 1; i <= PER_SEGMENT; i++) {
                        double t = (double) i / PER_SEGMENT;
                        points.add(new Point(at.x() + (to.x() - at.x()) * t, at.y() + (to.y() - at.y()) * t));
                    }
                    at = to;
                }
                case CUBIC -> {
                    Point c1 = s.points().get(0);
                    Point c2 = s.points().get(1);
                    Point to = s.points().get(2);
                    for (int i = 1; i <= PER_SEGMENT; i++) {
                        double t = (double) i / PER_SEGMENT;
                        double u = 1 - t;
                        points.add(new Point(
                                u * u * u * at.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * to.x(),
                                u * u * u * at.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * to.y()));
                    }
                    at = to;
                }
                default -> {
                }
            }
        }
        return new PathSamples(points);
    }

    /** Whether the path passes through the rectangle. */
    boolean crosses(Rect r) {
        if (!(bounds.x() <= r.maxX() && bounds.maxX() >= r.x() && bounds.y() <= r.maxY() && bounds.maxY() >= r.y())) {
            return false;
        }
        for (Point p : points) {
            if (r.contains(p.x(), p.y())) {
                return true;
            }
        }
        return false;
    }
}
