package app.masa.layout;

/** Paints an emotion curve: faint level lines, a dashed neutral line, axis labels, the curve and its points. */
final class CurvePainter {
    private CurvePainter() {
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
        surface.strokePath(curve.curve(), Stroke.solid(p.curve(), m.curveWidth()));
        double r = 4.5 * (m.curveWidth() / 2.5 * 0.6 + 0.4);
        for (CurvePoint point : curve.points()) {
            surface.fillCircle(point.at(), r + 2, p.background().withAlpha(255));
            surface.fillCircle(point.at(), r, point.color());
        }
    }
}
