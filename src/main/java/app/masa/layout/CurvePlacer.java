package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.EmotionScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emotion curve of an emotion lane: one point per rated touchpoint in journey order, spread
 * across its stage's column, joined by a monotone curve, with the scale's labels on the axis.
 */
final class CurvePlacer {
    private static final double PLOT_INSET = 16;

    CurveBox place(String laneId, Rect band, Rect header, double titleHeight, List<Card> touchpoints,
                   Map<String, Rect> columns, EmotionScale scale, MapStyle style, TextPlacer text, Mirror mirror) {
        double top = band.y() + Math.max(PLOT_INSET, titleHeight + 6);
        double bottom = band.maxY() - PLOT_INSET;
        Rect plot = new Rect(band.x(), top, band.width(), Math.max(1, bottom - top));
        List<Double> levelYs = new ArrayList<>(scale.levels());
        for (int i = 0; i < scale.levels(); i++) {
            levelYs.add(plot.maxY() - plot.height() * i / (scale.levels() - 1));
        }
        double neutralY = plot.maxY() - plot.height() * scale.fraction(0);
        List<TextLine> axis = axisLabels(scale, levelYs, header, style, text, mirror);
        List<CurvePoint> points = points(touchpoints, columns, scale, levelYs, style, mirror);
        List<Point> at = new ArrayList<>(points.size());
        points.forEach(p -> at.add(p.at()));
        return new CurveBox(laneId, plot, neutralY, levelYs, scale.min(), axis, points, MonotoneCurve.through(at));
    }

    private static List<TextLine> axisLabels(EmotionScale scale, List<Double> levelYs, Rect header, MapStyle style,
                                             TextPlacer text, Mirror mirror) {
        double pad = style.metrics().headerPadding();
        double lineHeight = text.lineHeight(FontRole.SMALL);
        double room = header.width() - 2 * pad;
        List<TextLine> labels = new ArrayList<>();
        for (int i = 0; i < scale.levels(); i++) {
            String label = fit(scale.labels().get(i), room, text);
            double w = text.wrapper().width(label, FontRole.SMALL);
            // Labels sit against the plot: the header's inner edge.
            double x = mirror.rightToLeft() ? header.x() + pad : header.maxX() - pad - w;
            TextLine line = text.single(label, FontRole.SMALL, x, levelYs.get(i) - lineHeight / 2);
            labels.add(line);
        }
        return labels;
    }

    /** The label, shortened with an ellipsis when it is wider than the room beside the axis. */
    private static String fit(String label, double room, TextPlacer text) {
        if (text.wrapper().width(label, FontRole.SMALL) <= room) {
            return label;
        }
        String s = label;
        while (s.length() > 1 && text.wrapper().width(s + "…", FontRole.SMALL) > room) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    private static List<CurvePoint> points(List<Card> touchpoints, Map<String, Rect> columns, EmotionScale scale,
                                           List<Double> levelYs, MapStyle style, Mirror mirror) {
        Map<String, List<Card>> byStage = new LinkedHashMap<>();
        for (Card c : touchpoints) {
            if (c.score() != null && columns.containsKey(c.stageId())) {
                byStage.computeIfAbsent(c.stageId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CurvePoint> points = new ArrayList<>();
        for (Map.Entry<String, List<Card>> e : byStage.entrySet()) {
            Rect column = columns.get(e.getKey());
            List<Card> cards = e.getValue();
            for (int i = 0; i < cards.size(); i++) {
                double offset = column.width() * (i + 1) / (cards.size() + 1);
                double x = mirror.rightToLeft() ? column.maxX() - offset : column.x() + offset;
                Card c = cards.get(i);
                int score = scale.clamp(c.score());
                double y = levelYs.get(score - scale.min());
                points.add(new CurvePoint(c.id(), new Point(x, y), score, style.palette().emotion(scale.fraction(score))));
            }
        }
        return points;
    }
}
