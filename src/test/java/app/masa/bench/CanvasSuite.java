package app.masa.bench;

import static app.masa.bench.FxBench.onFx;
import static app.masa.bench.FxBench.percentile;
import static app.masa.bench.FxBench.startToolkit;

import app.masa.layout.CardBox;
import app.masa.layout.Rect;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The canvas on a generated map of 12 stages, 8 lanes and 5,000 cards, headless: time to the first
 * frame, and frame times while a card is dragged, while zooming and while panning. A frame is the
 * canvas's own work (hit-testing, drop target, painting the visible part of the layout) plus a
 * snapshot of the canvas, which stands in for the render pulse. Mouse input goes through the real
 * event handlers.
 */
final class CanvasSuite implements BenchSuite {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    private static final int FRAMES = 150;

    @Override
    public String title() {
        return "Canvas (5,000 cards, headless)";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        startToolkit();
        JourneyFile big = MapGenerator.generate(11, 12, 8, 5000);
        List<BenchRow> rows = new ArrayList<>();
        // One warm-up map so class loading and font set-up do not count as the first frame.
        onFx(() -> firstFrame(MapGenerator.generate(3, 4, 4, 200)));
        double first = onFx(() -> firstFrame(big));
        double layoutOnly = onFx(() -> {
            long t0 = System.nanoTime();
            new app.masa.layout.LayoutEngine().layout(big.maps().get(0), app.masa.layout.LayoutOptions.canvas());
            return (System.nanoTime() - t0) / 1e6;
        });
        rows.add(new BenchRow("canvas", "time to first frame, 5,000 cards (ms)", fmt(first), "≤ 1000",
                first <= 1000, "session, layout, paint and one render; the layout alone took " + fmt(layoutOnly)
                        + " ms"));

        MapCanvas canvas = onFx(() -> shown(big));
        // One pass of every gesture first, as any benchmark warms up: the figures are for a
        // designer in use, not for the very first drag of a session (class loading, compiling).
        onFx(() -> dragFrames(canvas));
        onFx(() -> zoomFrames(canvas));
        onFx(() -> panFrames(canvas));
        onFx(() -> {
            canvas.zoomReset();
            return null;
        });
        double[] drag = onFx(() -> dragFrames(canvas));
        rows.add(frameRow("card drag frame, median (ms)", percentile(drag, 50), 8));
        rows.add(frameRow("card drag frame, 99th percentile (ms)", percentile(drag, 99), 16));
        double[] zoom = onFx(() -> zoomFrames(canvas));
        rows.add(frameRow("zoom frame, median (ms)", percentile(zoom, 50), 8));
        rows.add(frameRow("zoom frame, 99th percentile (ms)", percentile(zoom, 99), 16));
        double[] pan = onFx(() -> panFrames(canvas));
        rows.add(frameRow("pan frame, median (ms)", percentile(pan, 50), 8));
        rows.add(frameRow("pan frame, 99th percentile (ms)", percentile(pan, 99), 16));
        double drop = onFx(() -> dropTime(canvas));
        rows.add(new BenchRow("canvas", "drop of a dragged card: command, new layout, frame (ms)", fmt(drop),
                "—", true, "the one full re-layout a gesture costs"));
        return rows;
    }

    private static BenchRow frameRow(String measure, double value, double target) {
        return new BenchRow("canvas", measure, fmt(value), "≤ " + (int) target, value <= target,
                FRAMES + " frames after a warm-up pass, canvas " + (int) WIDTH + "×" + (int) HEIGHT);
    }

    static MapCanvas shown(JourneyFile file) {
        MapCanvas canvas = new MapCanvas(new DocumentSession(file, null));
        new Scene(canvas, WIDTH, HEIGHT);
        canvas.resize(WIDTH, HEIGHT);
        canvas.layout();
        return canvas;
    }

    static double firstFrame(JourneyFile file) {
        long t0 = System.nanoTime();
        MapCanvas canvas = shown(file);
        render(canvas);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double[] dragFrames(MapCanvas canvas) {
        Rect start = firstVisibleCard(canvas).bounds();
        javafx.geometry.Point2D from = canvas.localPointOf(start.centerX(), start.centerY());
        fire(canvas, MouseEvent.MOUSE_PRESSED, from.getX(), from.getY());
        double[] times = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            double x = 200 + (WIDTH - 400) * i / FRAMES;
            double y = 200 + (HEIGHT - 400) * ((i * 7) % FRAMES) / FRAMES;
            long t0 = System.nanoTime();
            fire(canvas, MouseEvent.MOUSE_DRAGGED, x, y);
            render(canvas);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        // Let go outside the map so the drag changes nothing.
        fire(canvas, MouseEvent.MOUSE_DRAGGED, 2, 2);
        fire(canvas, MouseEvent.MOUSE_RELEASED, 2, 2);
        return times;
    }

    private static CardBox firstVisibleCard(MapCanvas canvas) {
        for (CardBox card : canvas.currentLayout().cards()) {
            javafx.geometry.Point2D p = canvas.localPointOf(card.bounds().centerX(), card.bounds().centerY());
            if (p.getX() > 50 && p.getY() > 50 && p.getX() < WIDTH - 100 && p.getY() < HEIGHT - 100) {
                return card;
            }
        }
        throw new IllegalStateException("no card in view");
    }

    static double[] zoomFrames(MapCanvas canvas) {
        double[] times = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long t0 = System.nanoTime();
            if ((i / 15) % 2 == 0) {
                canvas.zoomIn();
            } else {
                canvas.zoomOut();
            }
            render(canvas);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        canvas.zoomReset();
        return times;
    }

    static double[] panFrames(MapCanvas canvas) {
        double[] times = new double[FRAMES];
        canvas.zoomReset();
        for (int i = 0; i < FRAMES; i++) {
            long t0 = System.nanoTime();
            Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    WIDTH / 2, HEIGHT / 2, WIDTH / 2, HEIGHT / 2, false, false, false, false, false, false,
                    -40, -25, 0, 0, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            render(canvas);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    private static double dropTime(MapCanvas canvas) {
        canvas.zoomReset();
        Rect r = firstVisibleCard(canvas).bounds();
        javafx.geometry.Point2D from = canvas.localPointOf(r.centerX(), r.centerY());
        fire(canvas, MouseEvent.MOUSE_PRESSED, from.getX(), from.getY());
        javafx.geometry.Point2D to = canvas.localPointOf(r.maxX() + r.width(), r.centerY());
        fire(canvas, MouseEvent.MOUSE_DRAGGED, to.getX(), to.getY());
        long t0 = System.nanoTime();
        fire(canvas, MouseEvent.MOUSE_RELEASED, to.getX(), to.getY());
        render(canvas);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static javafx.scene.image.WritableImage frame;

    /** Renders the canvas as a pulse would, into one reused image (a fresh 5 MB image per frame would be timed too). */
    static void render(MapCanvas canvas) {
        if (frame == null) {
            frame = new javafx.scene.image.WritableImage((int) WIDTH, (int) HEIGHT);
        }
        canvas.snapshot(null, frame);
    }

    private static void fire(MapCanvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(canvas, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, false, false, type == MouseEvent.MOUSE_RELEASED, null));
    }

    private static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }
}
