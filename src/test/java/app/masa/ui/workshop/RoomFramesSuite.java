package app.masa.ui.workshop;

import static app.masa.bench.FxBench.onFx;
import static app.masa.bench.FxBench.percentile;
import static app.masa.bench.FxBench.startToolkit;
import static app.masa.bench.Phones.post;

import app.masa.bench.BenchRow;
import app.masa.bench.BenchSuite;
import app.masa.model.sample.MapGenerator;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;

/**
 * The designer while a room is busy: pan frames on a 5,000-card map, each asked of the JavaFX thread
 * on its own, timed from the asking to the frame done, first with no room and then while 100
 * phones send 500 cards within 20 seconds that go on the map as they arrive (accept automatically:
 * each card is a command and a new layout on the same thread).
 */
public final class RoomFramesSuite implements BenchSuite {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    private static final int PHONES = 100;
    private static final int CARDS_EACH = 5;
    private static final long WINDOW_MILLIS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private WritableImage frame;

    @Override
    public String title() {
        return "The designer's frames while a room of 100 phones adds 500 cards";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        startToolkit();
        JourneyFile big = MapGenerator.generate(11, 12, 8, 5000);
        DocumentSession session = onFx(() -> new DocumentSession(big, null));
        MapCanvas canvas = onFx(() -> {
            MapCanvas c = new MapCanvas(session);
            new Scene(c, WIDTH, HEIGHT);
            c.resize(WIDTH, HEIGHT);
            c.layout();
            return c;
        });
        panFrames(canvas, 150);
        double[] quiet = panFrames(canvas, 300);

        List<BenchRow> rows = new ArrayList<>();
        for (boolean acceptAll : new boolean[] {false, true}) {
            rows.addAll(busyRoom(session, canvas, quiet, acceptAll));
        }
        return rows;
    }

    private List<BenchRow> busyRoom(DocumentSession session, MapCanvas canvas, double[] quiet, boolean acceptAll)
            throws Exception {
        RoomHost host = onFx(() -> {
            // Every simulated phone shares 127.0.0.1, so the per-address limit is lifted for the run.
            RoomHost h = new RoomHost(session, new Countdown(), app.masa.room.RoomLimits.DEFAULTS.withRequestsPerSecond(100_000));
            h.acceptAllProperty().set(acceptAll);
            h.start("127.0.0.1");
            return h;
        });
        ScheduledExecutorService phones = Executors.newScheduledThreadPool(16);
        HttpClient http = HttpClient.newHttpClient();
        String base = host.link().orElseThrow().address();
        JourneyMap map = session.currentMap();
        List<String> stages = map.stages().stream().map(Stage::id).toList();
        List<String> lanes = map.lanes().stream().filter(l -> l.kind() == LaneKind.CARDS).map(Lane::id).toList();
        SplittableRandom random = new SplittableRandom(4);
        for (int p = 0; p < PHONES; p++) {
            String token = JSON.readTree(post(http, base + "api/join", null, JSON.createObjectNode()
                    .put("code", host.link().orElseThrow().code().toString()).put("name", "Phone " + p).toString()).body())
                    .path("token").asText();
            for (int c = 0; c < CARDS_EACH; c++) {
                String body = JSON.createObjectNode().put("stage", stages.get(random.nextInt(stages.size())))
                        .put("lane", lanes.get(random.nextInt(lanes.size()))).put("text", "Card " + p + "." + c).toString();
                phones.schedule(() -> post(http, base + "api/cards", token, body), random.nextLong(WINDOW_MILLIS),
                        TimeUnit.MILLISECONDS);
            }
        }
        List<Double> busy = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS);
        while (System.nanoTime() < end) {
            for (double t : panFrames(canvas, 20)) {
                busy.add(t);
            }
        }
        phones.shutdown();
        phones.awaitTermination(1, TimeUnit.MINUTES);
        int waiting = host.queue().size();
        int added = session.currentMap().cards().size() - map.cards().size();
        onFx(() -> {
            host.end();
            return null;
        });
        if (added > 0) {
            onFx(() -> {
                for (int i = 0; i < added; i++) {
                    session.undo();
                }
                return null;
            });
        }
        double[] loaded = busy.stream().mapToDouble(Double::doubleValue).toArray();
        String mode = acceptAll ? "accepted automatically" : "waiting in the queue";
        String what = acceptAll ? added + " cards went on the 5,000-card map meanwhile"
                : waiting + " cards waited in the Room window's queue";
        return List.of(
                row("pan frame while 500 cards arrive, " + mode + ", median (ms)", percentile(loaded, 50),
                        percentile(quiet, 50), 8, what),
                row("pan frame while 500 cards arrive, " + mode + ", 99th percentile (ms)", percentile(loaded, 99),
                        percentile(quiet, 99), 16, what));
    }

    private static BenchRow row(String measure, double loaded, double quiet, double target, String what) {
        return new BenchRow("room", measure, String.format(Locale.ROOT, "%.1f", loaded), "≤ " + (int) target,
                loaded <= target, String.format(Locale.ROOT, "without a room %.1f ms in the same run (ratio %.2f); "
                        + "timed from asking the JavaFX thread to the frame done, so work done in between counts; %s",
                        quiet, loaded / quiet, what));
    }

    private double[] panFrames(MapCanvas canvas, int count) throws Exception {
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            double dx = i % 40 < 20 ? -40 : 40;
            long asked = System.nanoTime();
            onFx(() -> {
                Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, WIDTH / 2, HEIGHT / 2, WIDTH / 2, HEIGHT / 2,
                        false, false, false, false, false, false, dx, -25, 0, 0,
                        ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                if (frame == null) {
                    frame = new WritableImage((int) WIDTH, (int) HEIGHT);
                }
                canvas.snapshot(null, frame);
                return null;
            });
            times[i] = (System.nanoTime() - asked) / 1e6;
        }
        return times;
    }
}
