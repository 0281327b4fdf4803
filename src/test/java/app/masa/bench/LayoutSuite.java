package app.masa.bench;

import static app.masa.bench.FxBench.percentile;

import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.MapPainter;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.SampleMaps;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.model.Card;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout step on a large map (12 stages, 8 lanes, 5,000 cards) as the canvas uses it while a card
 * is dragged: each frame one card sits in another cell and the whole map is laid out again. The
 * baseline is grouping the same cards by cell ({@code JourneyMap.cardsByCell}), the least any
 * layout must do.
 */
public final class LayoutSuite implements BenchSuite {
    private static final int FRAMES = 300;

    @Override
    public String title() {
        return "Layout of a 5,000-card map";
    }

    @Override
    public List<BenchRow> run() {
        JourneyMap map = SampleMaps.generated(12, 8, 5000, 42);
        LayoutEngine engine = new LayoutEngine();
        long start = System.nanoTime();
        MapLayout first = engine.layout(map, LayoutOptions.canvas());
        double firstMs = (System.nanoTime() - start) / 1e6;

        List<JourneyMap> frames = dragFrames(map);
        for (int i = 0; i < 50; i++) {
            engine.layout(frames.get(i % frames.size()), LayoutOptions.canvas());
        }
        double[] layout = new double[FRAMES];
        double[] paint = new double[FRAMES];
        double[] baseline = new double[FRAMES];
        CountingSurface surface = new CountingSurface();
        for (int i = 0; i < FRAMES; i++) {
            JourneyMap frame = frames.get(i % frames.size());
            long t0 = System.nanoTime();
            MapLayout l = engine.layout(frame, LayoutOptions.canvas());
            long t1 = System.nanoTime();
            MapPainter.paint(l, surface, true, new Rect(0, 0, 1600, 1000));
            long t2 = System.nanoTime();
            frame.cardsByCell();
            long t3 = System.nanoTime();
            layout[i] = (t1 - t0) / 1e6;
            paint[i] = (t2 - t1) / 1e6;
            baseline[i] = (t3 - t2) / 1e6;
        }
        double medianLayout = percentile(layout, 50);
        double p99Layout = percentile(layout, 99);
        double medianBase = percentile(baseline, 50);
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow("layout", "first layout, 5,000 cards (cold text caches)", fmt(firstMs) + " ms", "≤ 1000 ms",
                firstMs <= 1000, first.cards().size() + " cards placed"));
        rows.add(new BenchRow("layout", "layout per drag frame, median", fmt(medianLayout) + " ms ("
                + fmt(medianLayout / medianBase) + "× baseline)", "≤ 8 ms with render", medianLayout <= 8,
                "baseline cardsByCell median " + fmt(medianBase) + " ms"));
        rows.add(new BenchRow("layout", "layout per drag frame, 99th percentile", fmt(p99Layout) + " ms",
                "≤ 16 ms with render", p99Layout <= 16, FRAMES + " frames"));
        rows.add(new BenchRow("layout", "painter walk of a 1600×1000 viewport, median",
                fmt(percentile(paint, 50)) + " ms", "—", true, "Surface calls only, no pixels"));
        return rows;
    }

    /** The map as a drag shows it: the same card in a different cell each frame. */
    private static List<JourneyMap> dragFrames(JourneyMap map) {
        List<JourneyMap> frames = new ArrayList<>();
        Card dragged = map.cards().get(0);
        for (int i = 0; i < 24; i++) {
            List<Card> cards = new ArrayList<>(map.cards());
            cards.set(0, dragged.withPlace("s" + (i % 12), "l" + (i % 2 == 0 ? 0 : 1), 0));
            frames.add(map.withCards(cards));
        }
        return frames;
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, v < 10 ? "%.2f" : "%.0f", v);
    }

    /** Counts calls, so the painter's walk is measured without any drawing. */
    private static final class CountingSurface implements Surface {
        long calls;

        @Override public void fillRect(Rect rect, double cornerRadius, Rgba fill) { calls++; }
        @Override public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) { calls++; }
        @Override public void strokeLine(Point from, Point to, Stroke stroke) { calls++; }
        @Override public void fillPath(PathShape path, Rgba fill) { calls++; }
        @Override public void strokePath(PathShape path, Stroke stroke) { calls++; }
        @Override public void fillCircle(Point center, double radius, Rgba fill) { calls++; }
        @Override public void text(TextLine line, Rgba color) { calls++; }
    }
}
