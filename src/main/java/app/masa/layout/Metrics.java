package app.masa.layout;

/** The spacing of a theme, in layout units. Generous on purpose: a map is read from across a room. */
public record Metrics(double margin, double laneHeaderWidth, double columnWidth, double stageHeaderMin,
                      double cellPadding, double cardGap, double cardPadding, double accentWidth,
                      double cardRadius, double laneMin, double collapsedHeight, double emotionHeight,
                      double lineWidth, double curveWidth, double loopGap, double headerPadding) {

    public static Metrics of(Theme theme) {
        double s = theme == Theme.PROJECTOR ? 1.25 : 1.0;
        double line = theme == Theme.PROJECTOR ? 1.6 : 1.0;
        return new Metrics(28 * s, 150 * s, 224 * s, 52 * s, 16 * s, 10 * s, 11 * s, 4 * s, 8 * s,
                72 * s, 30 * s, 190 * s, line, 2.5 * line, 22 * s, 12 * s);
    }
}
