package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/** A vector outline of straight and cubic segments, built in order and then frozen. */
public final class PathShape {
    /** One drawing instruction; {@code points} holds 1 point (move, line) or 3 (cubic). */
    public record Segment(Kind kind, List<Point> points) {
    }

    public enum Kind { MOVE, LINE, CUBIC, CLOSE }

    private final List<Segment> segments = new ArrayList<>();

    public PathShape moveTo(double x, double y) {
        segments.add(new Segment(Kind.MOVE, List.of(new Point(x, y))));
        return this;
    }

    public PathShape lineTo(double x, double y) {
        segments.add(new Segment(Kind.LINE, List.of(new Point(x, y))));
        return this;
    }

    public PathShape cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        segments.add(new Segment(Kind.CUBIC, List.of(new Point(c1x, c1y), new Point(c2x, c2y), new Point(x, y))));
        return this;
    }

    public PathShape close() {
        segments.add(new Segment(Kind.CLOSE, List.of()));
        return this;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }
}
