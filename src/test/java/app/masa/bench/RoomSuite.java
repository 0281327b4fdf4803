package app.masa.bench;

import app.masa.document.OpenDocument;
import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.edit.Refusal;
import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.room.RoomDocument;
import app.masa.room.RoomLimits;
import app.masa.room.RoomServer;
import app.masa.room.RoomSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A room of {@value #PEOPLE} phones on loopback: each joins, keeps its live-update stream open,
 * and sends {@value #CARDS_EACH} cards and {@value #DOTS_EACH} dots at random moments within
 * {@value #SPREAD_SECONDS} seconds (a third of the minute the issue allows, so the load is three
 * times as dense). Every request goes through the real server and session. Latency is from the
 * moment a card is sent to its answer: the session puts the card in the queue before the answer
 * leaves, so this bounds "send to queue" from above.
 */
public final class RoomSuite implements BenchSuite {
    private static final int PEOPLE = 100;
    private static final int CARDS_EACH = 5;
    private static final int DOTS_EACH = 3;
    private static final int SPREAD_SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String title() {
        return "The room: " + PEOPLE + " phones on loopback, " + CARDS_EACH + " cards and " + DOTS_EACH + " dots each";
    }

    @Override
    public List<BenchRow> run() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService phones = Executors.newFixedThreadPool(PEOPLE);
        try {
            // A first room teaches the compiler the server's paths; only the second is measured.
            oneRoom(http, phones);
            Outcome room = oneRoom(http, phones);
            long lost = (long) PEOPLE * CARDS_EACH - room.cardsQueued() + (long) PEOPLE * DOTS_EACH - room.dotsOnMap();
            long p95 = percentile(room.cardMillis(), 95);
            long p50 = percentile(room.cardMillis(), 50);
            String load = String.format("%.1f s for %d requests", room.seconds(), PEOPLE * (1 + CARDS_EACH + DOTS_EACH));
            return List.of(
                    new BenchRow("room", "cards and dots lost (of " + PEOPLE * CARDS_EACH + " cards, "
                            + PEOPLE * DOTS_EACH + " dots)", Long.toString(lost), "0", lost == 0 && room.failures() == 0,
                            room.cardsQueued() + " cards queued, " + room.dotsOnMap() + " dots on the map's vote, "
                                    + room.failures() + " failed requests; " + load),
                    new BenchRow("room", "card send → in the queue, p95", p95 + " ms", "≤ 200 ms", p95 <= 200,
                            "median " + p50 + " ms; with " + PEOPLE + " live-update streams open ("
                                    + room.updates() + " updates pushed); phones and server share the 2 cores"),
                    new BenchRow("room", "heap growth with the room full", room.growthMb() + " MB", "≤ 50 MB",
                            room.growthMb() <= 50, "after a full collection; phones' client side in the same JVM"));
        } finally {
            phones.shutdownNow();
        }
    }

    private record Outcome(List<Long> cardMillis, int failures, long updates, double seconds, long cardsQueued,
                           int dotsOnMap, long growthMb) {
    }

    private static Outcome oneRoom(HttpClient http, ExecutorService phones) throws Exception {
        BenchDocument document = new BenchDocument();
        JourneyMap map = document.map();
        document.apply(Edits.setVote(map.id(), null, DotVote.start(DOTS_EACH, PEOPLE, Set.of())));
        // All phones share 127.0.0.1 here; on the Wi-Fi each has its own address and its own allowance.
        RoomSession session = new RoomSession(document, RoomLimits.DEFAULTS.withRequestsPerSecond(100_000));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> cardMillis = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong updates = new AtomicLong();
        try (RoomServer server = RoomServer.start(session, "127.0.0.1", 0)) {
            memory.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                Phone phone = new Phone(http, server.link().address(), session.code().toString(), map, i + 1);
                running.add(phones.submit(() -> {
                    try {
                        phone.takePart(start, cardMillis, updates);
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                    return null;
                }));
            }
            for (Future<?> phone : running) {
                phone.get(2, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            memory.gc();
            long growthMb = Math.max(0, memory.getHeapMemoryUsage().getUsed() - heapBefore) / (1024 * 1024);
            failures.forEach(System.out::println);
            return new Outcome(List.copyOf(cardMillis), failures.size(), updates.get(), seconds,
                    session.queue().size(), document.map().vote().dotsGiven(), growthMb);
        }
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** One participant's phone: the page's own requests, in the order the page makes them. */
    private static final class Phone {
        private final HttpClient http;
        private final String address;
        private final String code;
        private final JourneyMap map;
        private final SplittableRandom random;
        private String token;

        Phone(HttpClient http, String address, String code, JourneyMap map, long seed) {
            this.http = http;
            this.address = address;
            this.code = code;
            this.map = map;
            this.random = new SplittableRandom(seed);
        }

        void takePart(long start, List<Long> cardMillis, AtomicLong updates) throws Exception {
            join("phone " + random.nextInt(1000));
            listen(updates);
            List<Long> moments = new ArrayList<>();
            for (int i = 0; i < CARDS_EACH + DOTS_EACH; i++) {
                moments.add(random.nextLong(TimeUnit.SECONDS.toNanos(SPREAD_SECONDS)));
            }
            Collections.sort(moments);
            List<Boolean> isCard = new ArrayList<>();
            for (int i = 0; i < CARDS_EACH + DOTS_EACH; i++) {
                isCard.add(i < CARDS_EACH);
            }
            Collections.shuffle(isCard, new java.util.Random(random.nextLong()));
            List<Lane> lanes = RoomSession.cardLanes(map);
            List<Card> cards = map.cards();
            for (int i = 0; i < moments.size(); i++) {
                waitUntil(start + moments.get(i));
                if (isCard.get(i)) {
                    String stage = map.stages().get(random.nextInt(map.stages().size())).id();
                    String lane = lanes.get(random.nextInt(lanes.size())).id();
                    long sent = System.nanoTime();
                    post("/api/cards", JSON.createObjectNode().put("stage", stage).put("lane", lane)
                            .put("text", "A card from a phone, number " + i).toString(), 201);
                    cardMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
                } else {
                    String card = cards.get(random.nextInt(cards.size())).id();
                    post("/api/dots", JSON.createObjectNode().put("card", card).put("change", 1).toString(), 200);
                }
            }
        }

        void join(String name) throws Exception {
            String answer = post("/api/join", JSON.createObjectNode().put("code", code).put("name", name).toString(),
                    200);
            token = JSON.readTree(answer).path("token").asText();
        }

        private void listen(AtomicLong updates) {
            HttpRequest events = HttpRequest.newBuilder(URI.create(address + "api/events"))
                    .header("Authorization", "Bearer " + token).build();
            http.sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(new CountingLines(updates)));
        }

        private String post(String path, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + path.substring(1)))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }

        private static void waitUntil(long nanoTime) throws InterruptedException {
            long wait = nanoTime - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** Counts the update events a phone's stream brings. */
    private static final class CountingLines implements Flow.Subscriber<String> {
        private final AtomicLong updates;

        CountingLines(AtomicLong updates) {
            this.updates = updates;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                updates.incrementAndGet();
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    /** The built-in funnel template held in memory, changed one command at a time. */
    private static final class BenchDocument implements RoomDocument {
        private final OpenDocument document;

        BenchDocument() throws app.masa.io.JourneyFileException {
            document = new OpenDocument(TemplateCatalog.builtIn().create("funnel", "en"), null);
        }

        @Override
        public synchronized JourneyMap map() {
            return document.document().maps().get(0);
        }

        @Override
        public synchronized Optional<Refusal> apply(Command command) {
            return document.apply(command);
        }
    }
}
