package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MonotoneCurveProperties {
    private static final LayoutEngine ENGINE = new LayoutEngine();

    @Property(tries = 300)
    void betweenTwoPointsTheCurveStaysBetweenTheirHeights(
            @ForAll @Size(min = 2, max = 30) List<@IntRange(min = -50, max = 50) Integer> heights,
            @ForAll @IntRange(min = 1, max = 80) int step) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < heights.size(); i++) {
            points.add(new Point(i * 3 * step + (i % 3), heights.get(i)));
        }
        PathShape path = MonotoneCurve.through(points);
        List<PathShape.Segment> segments = path.segments();
        assertThat(segments).hasSize(points.size());
        for (int i = 1; i < segments.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            List<Point> c = segments.get(i).points();
            double lo = Math.min(a.y(), b.y()) - 1e-9;
            double hi = Math.max(a.y(), b.y()) + 1e-9;
            for (int k = 0; k <= 50; k++) {
                double y = bezier(a.y(), c.get(0).y(), c.get(1).y(), c.get(2).y(), k / 50.0);
                assertThat(y).isBetween(lo, hi);
            }
        }
    }

    @Property(tries = 60)
    void theEmotionCurveNeverLeavesTheScale(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = -3, max = 3) Integer> scores,
            @ForAll boolean rightToLeft) {
        JourneyMap base = SampleMaps.english();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            String stage = base.stages().get(i % base.stages().size()).id();
            cards.add(Card.of("t" + i, stage, "l1", i, CardType.TOUCHPOINT, "Touchpoint " + i).withScore(scores.get(i)));
        }
        JourneyMap map = base.withCards(cards).withConnections(List.of())
                .withScale(EmotionScale.centred(List.of("1", "2", "3", "4", "5", "6", "7")))
                .withDirection(rightToLeft ? Direction.RTL : Direction.LTR);
        CurveBox curve = ENGINE.layout(map, LayoutOptions.canvas()).curves().get(0);
        double top = curve.yOf(3);
        double bottom = curve.yOf(-3);
        Point previous = null;
        for (PathShape.Segment s : curve.curve().segments()) {
            if (s.kind() == PathShape.Kind.CUBIC) {
                for (int k = 0; k <= 40; k++) {
                    double y = bezier(previous.y(), s.points().get(0).y(), s.points().get(1).y(), s.points().get(2).y(),
                            k / 40.0);
                    assertThat(y).isBetween(top - 1e-6, bottom + 1e-6);
                }
            }
            previous = s.points().get(s.points().size() - 1);
        }
    }

    private static double bezier(double p0, double p1, double p2, double p3, double t) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}
