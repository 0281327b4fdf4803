package app.masa.layout;

import java.util.List;

/**
 * The emotion curve of one emotion lane.
 *
 * @param levelYs the y of each level of the scale, lowest score first
 * @param minScore the score of the first entry of {@code levelYs}
 */
public record CurveBox(String laneId, Rect plot, double neutralY, List<Double> levelYs, int minScore,
                       List<TextLine> axisLabels, List<CurvePoint> points, PathShape curve) {
    public CurveBox {
        levelYs = List.copyOf(levelYs);
        axisLabels = List.copyOf(axisLabels);
        points = List.copyOf(points);
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
