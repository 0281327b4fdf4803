package app.masa.layout;

import java.util.List;

/**
 * The emotion curve of one emotion lane: what the customer experienced (solid) and, when
 * touchpoints carry expected scores, what they expected (dashed), with the gap between shaded.
 *
 * @param levelYs the y of each level of the scale, lowest score first
 * @param minScore the score of the first entry of {@code levelYs}
 * @param expectedPoints the expectation curve's points; empty when no touchpoint has an expected score
 * @param expectedCurve the dashed expectation curve (empty when it has fewer than two points)
 * @param gaps the shaded regions between the two curves
 * @param legend one label per line of the lane (experienced, expected, each branch), shown whenever
 *               the lane draws more than one line
 * @param legendSamples for each legend label, the two ends of a short sample of its line
 * @param legendLines for each legend label, which line it names (so its sample gets that line's stroke)
 * @param branches thinner experience curves through the other ways a journey branches: from the
 *                 touchpoint that branches, through the alternative, back to the main path
 */
public record CurveBox(String laneId, Rect plot, double neutralY, List<Double> levelYs, int minScore,
                       List<TextLine> axisLabels, List<CurvePoint> points, PathShape curve,
                       List<CurvePoint> expectedPoints, PathShape expectedCurve, List<GapShade> gaps,
                       List<TextLine> legend, List<Point> legendSamples, List<CurveLine> legendLines,
                       List<PathShape> branches) {
    public CurveBox {
        levelYs = List.copyOf(levelYs);
        axisLabels = List.copyOf(axisLabels);
        points = List.copyOf(points);
        expectedPoints = expectedPoints == null ? List.of() : List.copyOf(expectedPoints);
        expectedCurve = expectedCurve == null ? new PathShape() : expectedCurve;
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        legend = legend == null ? List.of() : List.copyOf(legend);
        legendSamples = legendSamples == null ? List.of() : List.copyOf(legendSamples);
        legendLines = legendLines == null ? List.of() : List.copyOf(legendLines);
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    public CurveBox(String laneId, Rect plot, double neutralY, List<Double> levelYs, int minScore,
                    List<TextLine> axisLabels, List<CurvePoint> points, PathShape curve,
                    List<CurvePoint> expectedPoints, PathShape expectedCurve, List<GapShade> gaps,
                    List<TextLine> legend, List<Point> legendSamples) {
        this(laneId, plot, neutralY, levelYs, minScore, axisLabels, points, curve, expectedPoints, expectedCurve, gaps,
                legend, legendSamples, List.of(), List.of());
    }

    public CurveBox(String laneId, Rect plot, double neutralY, List<Double> levelYs, int minScore,
                    List<TextLine> axisLabels, List<CurvePoint> points, PathShape curve) {
        this(laneId, plot, neutralY, levelYs, minScore, axisLabels, points, curve, List.of(), null, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** The level nearest to a y position: what a dragged point snaps to. */
    public int scoreAt(double y) {
        int best = minScore;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < levelYs.size(); i++) {
            double d = Math.abs(levelYs.get(i) - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = minScore + i;
            }
        }
        return best;
    }

    public double yOf(int score) {
        int i = Math.max(0, Math.min(levelYs.size() - 1, score - minScore));
        return levelYs.get(i);
    }
}
