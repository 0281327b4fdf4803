package app.masa.layout;

import java.util.List;

/**
 * A smooth curve through points that never overshoots them: Fritsch–Carlson monotone cubic
 * interpolation, written as cubic Bézier segments. Between two points the curve stays between
 * their two heights, so an emotion curve never leaves its scale.
 */
public final class MonotoneCurve {
    private MonotoneCurve() {
    }

    /** The curve through points whose x values are strictly increasing or strictly decreasing. */
    public static PathShape through(List<Point> points) {
        PathShape path = new PathShape();
        int n = points.size();
        if (n == 0) {
            return path;
        }
        path.moveTo(points.get(0).x(), points.get(0).y());
        if (n == 1) {
            return path;
        }
        double[] tangents = tangents(points);
        for (int i = 0; i < n - 1; i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            double third = (b.x() - a.x()) / 3;
            path.cubicTo(a.x() + third, a.y() + tangents[i] * third,
                    b.x() - third, b.y() - tangents[i + 1] * third,
                    b.x(), b.y());
        }
        return path;
    }

    /** Slopes dy/dx at each point, limited so that every segment stays monotone. */
    static double[] tangents(List<Point> p) {
        int n = p.size();
        double[] secants = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double dx = p.get(i + 1).x() - p.get(i).x();
            secants[i] = dx == 0 ? 0 : (p.get(i + 1).y() - p.get(i).y()) / dx;
        }
        double[] m = new double[n];
        m[0] = secants[0];
        m[n - 1] = secants[n - 2];
        for (int i = 1; i < n - 1; i++) {
            m[i] = secants[i - 1] * secants[i] <= 0 ? 0 : (secants[i - 1] + secants[i]) / 2;
        }
        for (int i = 0; i < n - 1; i++) {
            if (secants[i] == 0) {
                m[i] = 0;
                m[i + 1] = 0;
                continue;
            }
            double alpha = m[i] / secants[i];
            double beta = m[i + 1] / secants[i];
            double h = alpha * alpha + beta * beta;
            if (h > 9) {
                double tau = 3 / Math.sqrt(h);
                m[i] = tau * alpha * secants[i];
                m[i + 1] = tau * beta * secants[i];
            }
        }
        return m;
    }
}
