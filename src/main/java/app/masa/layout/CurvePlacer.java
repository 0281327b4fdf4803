package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.EmotionScale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The emotion curve of an emotion lane: one point per rated touchpoint in journey order, spread
 * across its stage's column, joined by a monotone curve, with the scale's labels on the axis.
 * When touchpoints carry expected scores, a second curve shows what the customer expected, and
 * the gap between the two is shaded: red where the moment disappoints, green where it delights.
 */
final class CurvePlacer {
    private static final double PLOT_INSET = 16;
    private static final double SAMPLE = 18;
    private static final int BRANCH_TITLE = 24;

    /** @param alternatives the touchpoints that are another way of a branch: left off the main curve */
    CurveBox place(String laneId, Rect band, Rect header, double titleHeight, List<Card> touchpoints,
                   Map<String, Rect> columns, EmotionScale scale, MapStyle style, TextPlacer text, Mirror mirror,
                   Locale locale, List<Branches.Alternative> alternatives) {
        double top = band.y() + Math.max(PLOT_INSET, titleHeight + 6);
        double bottom = band.maxY() - PLOT_INSET;
        Rect plot = new Rect(band.x(), top, band.width(), Math.max(1, bottom - top));
        List<Double> levelYs = new ArrayList<>(scale.levels());
        for (int i = 0; i < scale.levels(); i++) {
            levelYs.add(plot.maxY() - plot.height() * i / (scale.levels() - 1));
        }
        double neutralY = plot.maxY() - plot.height() * scale.fraction(0);
        List<TextLine> axis = axisLabels(scale, levelYs, header, style, text, mirror);
        Map<String, Double> xs = columnPositions(touchpoints, columns, mirror);
        List<CurvePoint> points = points(touchpoints, xs, Card::score, scale, levelYs, style);
        List<CurvePoint> expected = points(touchpoints, xs, Card::expectedScore, scale, levelYs, style);
        Set<String> off = new HashSet<>();
        alternatives.forEach(a -> off.add(a.cardId()));
        List<CurvePoint> mainPoints = points.stream().filter(p -> !off.contains(p.cardId())).toList();
        List<CurvePoint> mainExpected = expected.stream().filter(p -> !off.contains(p.cardId())).toList();
        List<PathShape> branches = new ArrayList<>();
        List<String> branchTitles = new ArrayList<>();
        branches(points, alternatives, off, touchpoints, branches, branchTitles);
        List<TextLine> legend = new ArrayList<>();
        List<Point> samples = new ArrayList<>();
        List<CurveLine> legendLines = new ArrayList<>();
        if (!expected.isEmpty() || !branches.isEmpty()) {
            legend(band, columns.values(), text, mirror, entries(locale, !expected.isEmpty(), branchTitles), legend,
                    samples, legendLines);
        }
        return new CurveBox(laneId, plot, neutralY, levelYs, scale.min(), axis, points,
                MonotoneCurve.through(at(mainPoints)), expected,
                mainExpected.size() > 1 ? MonotoneCurve.through(at(mainExpected)) : new PathShape(),
                gaps(mainPoints, mainExpected), legend, samples, legendLines, branches);
    }

    private record Entry(CurveLine line, String label) {
    }

    /** The lane's lines in reading order: the experience, the expectation, then each branch by its card. */
    private static List<Entry> entries(Locale locale, boolean withExpectation, List<String> branchTitles) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(CurveLine.EXPERIENCED, app.masa.i18n.Messages.get(locale, "layout.curve.experienced")));
        if (withExpectation) {
            entries.add(new Entry(CurveLine.EXPECTED, app.masa.i18n.Messages.get(locale, "layout.curve.expected")));
        }
        for (String title : branchTitles) {
            entries.add(new Entry(CurveLine.BRANCH, app.masa.i18n.Messages.get(locale, "layout.curve.branch", title)));
        }
        return entries;
    }

    /** From the branching touchpoint, through the alternative, on to the next point of the main path. */
    private static void branches(List<CurvePoint> points, List<Branches.Alternative> alternatives, Set<String> off,
                                 List<Card> touchpoints, List<PathShape> branches, List<String> titles) {
        Map<String, String> titleById = new HashMap<>();
        touchpoints.forEach(c -> titleById.put(c.id(), c.title().strip()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            index.put(points.get(i).cardId(), i);
        }
        for (Branches.Alternative a : alternatives) {
            Integer at = index.get(a.cardId());
            Integer from = index.get(a.fromCardId());
            if (at == null || from == null) {
                continue;
            }
            List<Point> through = new ArrayList<>(List.of(points.get(from).at(), points.get(at).at()));
            for (int i = at + 1; i < points.size(); i++) {
                if (!off.contains(points.get(i).cardId())) {
                    through.add(points.get(i).at());
                    break;
                }
            }
            branches.add(MonotoneCurve.through(through));
            titles.add(shortened(titleById.getOrDefault(a.cardId(), "")));
        }
    }

    /** A branch is named by its card's title, cut to a few words so the legend stays in its corner. */
    private static String shortened(String title) {
        String oneLine = title.replaceAll("\\s+", " ");
        return oneLine.length() <= BRANCH_TITLE ? oneLine : oneLine.substring(0, BRANCH_TITLE).strip() + "…";
    }

    private static List<Point> at(List<CurvePoint> points) {
        List<Point> at = new ArrayList<>(points.size());
        points.forEach(p -> at.add(p.at()));
        return at;
    }

    /**
     * One shaded stretch between each two neighbouring touchpoints that have both scores: along the
     * experience curve, then back along the expectation curve. Both are monotone curves through the
     * same x positions, so the stretch follows the painted curves exactly when every touchpoint is
     * rated both ways.
     */
    private static List<GapShade> gaps(List<CurvePoint> experienced, List<CurvePoint> expected) {
        Map<String, CurvePoint> expectedById = new HashMap<>();
        expected.forEach(p -> expectedById.put(p.cardId(), p));
        List<Point> top = new ArrayList<>();
        List<Point> bottom = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        for (CurvePoint p : experienced) {
            CurvePoint e = expectedById.get(p.cardId());
            if (e != null) {
                top.add(p.at());
                bottom.add(e.at());
                gaps.add(p.score() - e.score());
            }
        }
        if (top.size() < 2) {
            return List.of();
        }
        List<PathShape.Segment> a = MonotoneCurve.through(top).segments();
        List<PathShape.Segment> b = MonotoneCurve.through(bottom).segments();
        List<GapShade> shades = new ArrayList<>();
        for (int i = 0; i + 1 < top.size(); i++) {
            int sum = gaps.get(i) + gaps.get(i + 1);
            if (gaps.get(i) == 0 && gaps.get(i + 1) == 0) {
                continue;
            }
            List<Point> up = a.get(i + 1).points();
            List<Point> down = b.get(i + 1).points();
            PathShape area = new PathShape().moveTo(top.get(i).x(), top.get(i).y())
                    .cubicTo(up.get(0).x(), up.get(0).y(), up.get(1).x(), up.get(1).y(), up.get(2).x(), up.get(2).y())
                    .lineTo(bottom.get(i + 1).x(), bottom.get(i + 1).y())
                    .cubicTo(down.get(1).x(), down.get(1).y(), down.get(0).x(), down.get(0).y(),
                            bottom.get(i).x(), bottom.get(i).y())
                    .close();
            shades.add(new GapShade(area, sum < 0));
        }
        return shades;
    }

    /** "—— Experienced  - - Expected  — Other way: pickup" at the reading end of the band, above the plot. */
    private static void legend(Rect band, Collection<Rect> columns, TextPlacer text, Mirror mirror,
                               List<Entry> entries, List<TextLine> legend, List<Point> samples, List<CurveLine> lines) {
        double top = band.y() + 3;
        double mid = top + text.lineHeight(FontRole.SMALL) / 2;
        // Stage edges, as distances from the band's reading end: no entry crosses one, as no card does,
        // so a view that dims everything but one stage never cuts an entry in half.
        List<Double> edges = new ArrayList<>();
        for (Rect column : columns) {
            for (double x : new double[] {column.x(), column.maxX()}) {
                edges.add(mirror.rightToLeft() ? x - band.x() : band.maxX() - x);
            }
        }
        edges.sort(null);
        double cursor = 10;
        // Laid from the band's reading end backwards, last entry first, so the entries stay in the corner.
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            double w = text.wrapper().width(entry.label(), FontRole.SMALL);
            double length = w + 5 + SAMPLE;
            for (double edge : edges) {
                if (edge > cursor && edge < cursor + length) {
                    cursor = edge + 4;
                }
            }
            double labelEnd = cursor;
            double labelStart = cursor + w;
            double sampleStart = labelStart + 5 + SAMPLE;
            double xLabel = mirror.rightToLeft() ? band.x() + labelEnd : band.maxX() - labelStart;
            legend.add(0, text.single(entry.label(), FontRole.SMALL, xLabel, top));
            lines.add(0, entry.line());
            double s1 = mirror.rightToLeft() ? band.x() + labelStart + 5 : band.maxX() - sampleStart;
            samples.add(0, new Point(s1 + SAMPLE, mid));
            samples.add(0, new Point(s1, mid));
            cursor = sampleStart + 14;
        }
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

    /** Each touchpoint's x: rated touchpoints spread evenly across their stage's column. */
    private static Map<String, Double> columnPositions(List<Card> touchpoints, Map<String, Rect> columns,
                                                       Mirror mirror) {
        Map<String, List<Card>> byStage = new LinkedHashMap<>();
        for (Card c : touchpoints) {
            if ((c.score() != null || c.expectedScore() != null) && columns.containsKey(c.stageId())) {
                byStage.computeIfAbsent(c.stageId(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Double> xs = new HashMap<>();
        for (Map.Entry<String, List<Card>> e : byStage.entrySet()) {
            Rect column = columns.get(e.getKey());
            List<Card> cards = e.getValue();
            for (int i = 0; i < cards.size(); i++) {
                double offset = column.width() * (i + 1) / (cards.size() + 1);
                xs.put(cards.get(i).id(), mirror.rightToLeft() ? column.maxX() - offset : column.x() + offset);
            }
        }
        return xs;
    }

    private static List<CurvePoint> points(List<Card> touchpoints, Map<String, Double> xs,
                                           Function<Card, Integer> scoreOf, EmotionScale scale, List<Double> levelYs,
                                           MapStyle style) {
        List<CurvePoint> points = new ArrayList<>();
        for (Card c : touchpoints) {
            Integer raw = scoreOf.apply(c);
            Double x = xs.get(c.id());
            if (raw == null || x == null) {
                continue;
            }
            int score = scale.clamp(raw);
            double y = levelYs.get(score - scale.min());
            points.add(new CurvePoint(c.id(), new Point(x, y), score, style.palette().emotion(scale.fraction(score))));
        }
        return points;
    }
}
