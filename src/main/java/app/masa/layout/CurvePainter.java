package app.masa.layout;

import java.util.List;

/** Paints an emotion curve: faint level lines, a dashed neutral line, axis labels, the curve and its points. */
final class CurvePainter {
    private CurvePainter() {
    }

    /** A calm violet that reads apart from the experience curve and from the red–green emotion ramp. */
    private static Rgba expectationColor(Palette p) {
        return p.dark() ? Rgba.hex("#a78bfa") : Rgba.hex("#7c5cd6");
    }

    /** The region between the curve and the neutral line: a soft wash that shows highs and lows at a glance. */
    private static PathShape area(CurveBox curve) {
        PathShape area = new PathShape();
        for (PathShape.Segment s : curve.curve().segments()) {
            List<Point> p = s.points();
            switch (s.kind()) {
                case MOVE -> {
                    area.moveTo(p.get(0).x(), curve.neutralY());
                    area.lineTo(p.get(0).x(), p.get(0).y());
                }
                case LINE -> area.lineTo(p.get(0).x(), p.get(0).y());
                case CUBIC -> area.cubicTo(p.get(0).x(), p.get(0).y(), p.get(1).x(), p.get(1).y(), p.get(2).x(),
                        p.get(2).y());
                case CLOSE -> { }
            }
        }
        Point last = curve.points().get(curve.points().size() - 1).at();
        return area.lineTo(last.x(), curve.neutralY()).close();
    }

    static void paint(CurveBox curve, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Metrics m = style.metrics();
        Rect plot = curve.plot();
        Stroke level = Stroke.solid(p.grid().withAlpha(140), m.lineWidth() * 0.75);
        for (double y : curve.levelYs()) {
            surface.strokeLine(new Point(plot.x(), y), new Point(plot.maxX(), y), level);
        }
        surface.strokeLine(new Point(plot.x(), curve.neutralY()), new Point(plot.maxX(), curve.neutralY()),
                new Stroke(p.neutralLine(), 1.2 * m.lineWidth(), new double[] {5, 4}));
        for (TextLine label : curve.axisLabels()) {
            surface.text(label, p.textMuted());
        }
        boolean withExpectation = !curve.expectedPoints().isEmpty();
        if (curve.points().size() > 1 && !withExpectation) {
            surface.fillPath(area(curve), p.curve().withAlpha(p.dark() ? 28 : 14));
        }
        for (GapShade gap : curve.gaps()) {
            Rgba tone = gap.disappointing() ? p.negative() : p.positive();
            surface.fillPath(gap.area(), tone.withAlpha(p.dark() ? 60 : 42));
        }
        Stroke expected = new Stroke(expectationColor(p), m.curveWidth() * 0.7, new double[] {6, 4});
        if (curve.expectedPoints().size() > 1) {
            surface.strokePath(curve.expectedCurve(), expected);
        }
        for (CurvePoint point : curve.expectedPoints()) {
            surface.fillCircle(point.at(), 3.2, expectationColor(p));
            surface.fillCircle(point.at(), 1.8, p.background().withAlpha(255));
        }
        Stroke branchStroke = Stroke.solid(p.curve().withAlpha(170), m.curveWidth() * 0.5);
        for (int i = 0; i < curve.legend().size(); i++) {
            Point a = curve.legendSamples().get(2 * i);
            Point b = curve.legendSamples().get(2 * i + 1);
            Stroke sample = switch (curve.legendLines().get(i)) {
                case EXPERIENCED -> Stroke.solid(p.curve(), m.curveWidth() * 0.8);
                case EXPECTED -> expected;
                case BRANCH -> branchStroke;
            };
            surface.strokeLine(a, b, sample);
            surface.text(curve.legend().get(i), p.textSecondary());
        }
        for (PathShape branch : curve.branches()) {
            surface.strokePath(branch, branchStroke);
        }
        surface.strokePath(curve.curve(), Stroke.solid(p.curve(), m.curveWidth()));
        double r = 4.5 * (m.curveWidth() / 2.5 * 0.6 + 0.4);
        for (CurvePoint point : curve.points()) {
            surface.fillCircle(point.at(), r + 2, p.background().withAlpha(255));
            surface.fillCircle(point.at(), r, point.color());
        }
    }
}
