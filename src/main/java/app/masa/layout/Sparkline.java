package app.masa.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A map's emotion line in a small box: one point per stage that has scores, spread evenly from the
 * reading start, higher for better, on the map's own scale. Stages without a score leave a gap.
 */
public final class Sparkline {
    private Sparkline() {
    }

    /** Runs of connected points; a stage without a score ends one run and the next score starts another. */
    public static List<List<Point>> of(List<OptionalDouble> scores, int min, int max, Rect box, boolean rightToLeft) {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        int n = scores.size();
        double span = Math.max(1, max - min);
        for (int i = 0; i < n; i++) {
            OptionalDouble score = scores.get(i);
            if (score.isEmpty()) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                continue;
            }
            double t = n == 1 ? 0.5 : (double) i / (n - 1);
            double x = box.x() + (rightToLeft ? 1 - t : t) * box.width();
            double y = box.y() + (1 - (score.getAsDouble() - min) / span) * box.height();
            run.add(new Point(x, y));
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
