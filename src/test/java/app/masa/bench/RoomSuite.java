package app.masa.bench;

import static app.masa.bench.Phones.post;

import app.masa.edit.Edits;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import app.masa.room.MemoryRoomDocument;
import app.masa.room.RoomLimits;
import app.masa.room.RoomServer;
import app.masa.room.RoomSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A room under load on loopback: 100 simulated phones join, and each sends 5 cards and places 3
 * dots at random moments within 20 seconds. Nothing may be lost; the time from a phone's send to
 * the card waiting in the facilitator's queue is measured (the server answers once it is queued).
 */
final class RoomSuite implements BenchSuite {
    private static final int PHONES = 100;
    private static final int CARDS_EACH = 5;
    private static final int DOTS_EACH = 3;
    private static final long WINDOW_MILLIS = 20_000;
    private static final double TARGET_P95_MILLIS = 200;
    private static final double TARGET_MB = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String title() {
        return "The room: 100 phones on loopback, 5 cards and 3 dots each";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        MemoryRoomDocument document = MemoryRoomDocument.funnel("en");
        JourneyMap map = document.map();
        document.apply(Edits.setVote(map.id(), null, DotVote.start(DOTS_EACH, PHONES, Set.of())));
        // Every simulated phone shares 127.0.0.1, so the per-address limit is lifted for the run.
        RoomSession session = new RoomSession(document, RoomLimits.DEFAULTS.withRequestsPerSecond(100_000));
        long heapBefore = usedHeapAfterGc();
        List<Double> sendMillis = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger dotsPlaced = new AtomicInteger();
        AtomicInteger viewsReceived = new AtomicInteger();
        try (RoomServer server = RoomServer.start(session, "127.0.0.1", 0)) {
            String base = server.link().address();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> stages = map.stages().stream().map(Stage::id).toList();
            List<String> lanes = map.lanes().stream().filter(l -> l.kind() == LaneKind.CARDS).map(Lane::id).toList();
            List<String> cards = map.cards().stream().map(Card::id).toList();
            ScheduledExecutorService phones = Executors.newScheduledThreadPool(16);
            SplittableRandom random = new SplittableRandom(20_261_204L);
            List<String> tokens = Collections.synchronizedList(new ArrayList<>());
            for (int p = 0; p < PHONES; p++) {
                String name = "Phone " + p;
                tokens.add(JSON.readTree(post(http, base + "api/join", null, JSON.createObjectNode()
                        .put("code", session.code().toString()).put("name", name).toString()).body()).path("token").asText());
            }
            // Each phone keeps its live line open, as the page does, and counts the views it is sent.
            for (String token : tokens) {
                http.sendAsync(HttpRequest.newBuilder(URI.create(base + "api/events?token=" + token)).build(),
                        HttpResponse.BodyHandlers.ofLines())
                        .thenAccept(answer -> answer.body().filter(line -> line.startsWith("data: "))
                                .forEach(line -> viewsReceived.incrementAndGet()));
            }
            for (int p = 0; p < PHONES; p++) {
                String token = tokens.get(p);
                for (int c = 0; c < CARDS_EACH; c++) {
                    String body = JSON.createObjectNode().put("stage", stages.get(random.nextInt(stages.size())))
                            .put("lane", lanes.get(random.nextInt(lanes.size()))).put("text", "Card " + p + "." + c).toString();
                    phones.schedule(() -> {
                        long start = System.nanoTime();
                        HttpResponse<String> answer = post(http, base + "api/cards", token, body);
                        sendMillis.add((System.nanoTime() - start) / 1e6);
                        if (answer.statusCode() != 201) {
                            failures.add("card " + answer.statusCode() + " " + answer.body());
                        }
                    }, random.nextLong(WINDOW_MILLIS), TimeUnit.MILLISECONDS);
                }
                for (int d = 0; d < DOTS_EACH; d++) {
                    String body = JSON.createObjectNode().put("card", cards.get(random.nextInt(cards.size())))
                            .put("change", 1).toString();
                    phones.schedule(() -> {
                        HttpResponse<String> answer = post(http, base + "api/dots", token, body);
                        if (answer.statusCode() == 200) {
                            dotsPlaced.incrementAndGet();
                        } else {
                            failures.add("dot " + answer.statusCode() + " " + answer.body());
                        }
                    }, random.nextLong(WINDOW_MILLIS), TimeUnit.MILLISECONDS);
                }
            }
            phones.shutdown();
            phones.awaitTermination(2, TimeUnit.MINUTES);
            session.end();
        }
        long heapAfter = usedHeapAfterGc();
        int queued = session.queue().size();
        int dots = document.map().vote().dotsGiven();
        List<Double> sorted = new ArrayList<>(sendMillis);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        double grownMb = (heapAfter - heapBefore) / (1024.0 * 1024.0);
        boolean nothingLost = queued == PHONES * CARDS_EACH && dots == PHONES * DOTS_EACH && failures.isEmpty();
        return List.of(
                new BenchRow("room", "cards and dots from 100 phones that reached the map's queue and vote",
                        queued + " cards, " + dots + " dots", "500 cards, 300 dots", nothingLost,
                        failures.isEmpty() ? "no request refused" : failures.size() + " refused, first: " + failures.peek()),
                new BenchRow("room", "send to waiting in the queue, p95 (500 cards over 20 s)",
                        String.format(Locale.ROOT, "%.1f ms", p95), "≤ 200 ms", p95 <= TARGET_P95_MILLIS,
                        String.format(Locale.ROOT, "median %.1f ms; meanwhile the 100 phones' live lines carried %,d "
                                + "views", p50, viewsReceived.get())),
                new BenchRow("room", "heap grown by the session and its 100 phones",
                        String.format(Locale.ROOT, "%.1f MB", grownMb), "≤ 50 MB", grownMb <= TARGET_MB,
                        "used heap after GC, after the run minus before it"));
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
