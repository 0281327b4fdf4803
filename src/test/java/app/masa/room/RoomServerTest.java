package app.masa.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The room's server on loopback, asked as a phone would and as anything else on the network might. */
@InterfaceLanguage("en")
class RoomServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MemoryRoomDocument document;
    private RoomSession session;
    private RoomServer server;

    @BeforeEach
    void start() throws IOException {
        document = MemoryRoomDocument.funnel("en");
        session = new RoomSession(document, RoomLimits.DEFAULTS);
        server = RoomServer.start(session, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPhoneJoinsSendsACardAndSeesItWaitingThenOnTheMap() throws Exception {
        String token = join("Maya");

        HttpResponse<String> sent = post("/api/cards", token, "{\"stage\":\"awareness\",\"lane\":\"pain-points\","
                + "\"text\":\"Could not find the opening hours\"}");
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(session.queue()).singleElement().extracting(IncomingCard::sender).isEqualTo("Maya");

        session.acceptWaiting();

        JsonNode view = view(token);
        assertThat(view.path("cards").get(0).path("state").asText()).isEqualTo("accepted");
        assertThat(document.map().cards()).extracting(Card::title).contains("Could not find the opening hours");
    }

    @Test
    void aPhoneThatJoinedByTheLinkGivesItsNameAfterwards() throws Exception {
        String token = join("");

        assertThat(post("/api/name", token, "{\"name\":\"נועה\"}").statusCode()).isEqualTo(200);

        assertThat(view(token).path("you").asText()).isEqualTo("נועה");
        assertThat(post("/api/name", token, "{\"name\":\"" + "x".repeat(500) + "\"}").statusCode()).isEqualTo(413);
        assertThat(session.participants()).extracting(Participant::name).containsExactly("נועה");
    }

    @Test
    void everyAnswerForbidsForeignScriptsFramingAndSniffing() throws Exception {
        for (String path : List.of("/", "/room.js", "/room.css", "/api/view", "/nothing")) {
            HttpResponse<String> answer = get(path, null);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'none'").contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(get("/", null).body()).contains("<html lang=\"en\" dir=\"ltr\">").doesNotContain("<script>alert");
    }

    @Test
    void wrongCodesAreRefusedThenSlowedDownAndTheFacilitatorIsTold() throws Exception {
        List<String> told = new ArrayList<>();
        session.addListener(new RoomListener() {
            @Override
            public void wrongCode(String address) {
                told.add(address);
            }
        });
        for (int i = 0; i < RoomLimits.DEFAULTS.wrongCodesPerMinute(); i++) {
            assertThat(post("/api/join", null, "{\"code\":\"AAAAA" + (i % 10) + "\"}").statusCode()).isEqualTo(403);
        }

        HttpResponse<String> right = post("/api/join", null, "{\"code\":\"" + session.code() + "\"}");

        assertThat(right.statusCode()).as("even the right code, after ten wrong ones").isEqualTo(429);
        assertThat(told).hasSize(RoomLimits.DEFAULTS.wrongCodesPerMinute()).containsOnly("127.0.0.1");
        assertThat(session.participants()).isEmpty();
    }

    @Test
    void hostileRequestsGetTheirRefusalAndNothingReachesTheMap() throws Exception {
        String token = join("Maya");
        int cards = document.map().cards().size();

        assertThat(post("/api/cards", token, "{\"stage\":\"awareness\",\"lane\":\"pain-points\",\"text\":\""
                + "x".repeat(10_000) + "\"}").statusCode()).as("oversized body").isEqualTo(413);
        assertThat(post("/api/cards", token, "{not json").statusCode()).as("bad JSON").isEqualTo(400);
        assertThat(post("/api/cards", token, "[1,2]").statusCode()).as("not an object").isEqualTo(400);
        assertThat(post("/api/cards", "forged-token", "{\"stage\":\"awareness\",\"lane\":\"pain-points\","
                + "\"text\":\"hi\"}").statusCode()).as("unknown token").isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/cards")).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("stage=awareness")).build()).statusCode())
                .as("a form post from elsewhere").isEqualTo(415);
        assertThat(send(HttpRequest.newBuilder(uri("/api/cards")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"stage\":\"awareness\",\"lane\":\"pain-points\","
                        + "\"text\":\"from another site\"}")).build()).statusCode())
                .as("another origin").isEqualTo(403);
        assertThat(raw("GET /../../../etc/passwd HTTP/1.1\r\nHost: " + hostPort() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 4").doesNotContain("root:");
        assertThat(raw("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"))
                .as("a name that only points here (DNS rebinding)").startsWith("HTTP/1.1 421");
        assertThat(get("/api/../../pom.xml", null).statusCode()).isBetween(400, 404);

        session.acceptWaiting();
        assertThat(document.map().cards()).hasSize(cards);
    }

    @Test
    void markupAndDirectionTricksTravelAsPlainCharacters() throws Exception {
        String token = join("<img src=x onerror=alert(1)>");
        post("/api/cards", token, JSON.createObjectNode().put("stage", "awareness").put("lane", "pain-points")
                .put("text", "<script>alert(1)</script> \u202Egnipoh").toString());

        JsonNode view = view(token);

        assertThat(view.path("you").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(view.path("cards").get(0).path("text").asText()).isEqualTo("<script>alert(1)</script> gnipoh");
        assertThat(get("/api/view", token).headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/json");
    }

    @Test
    void emojiAndHebrewReachTheMapWholeAndTheLengthLimitCountsCharactersAsPeopleDo() throws Exception {
        String token = join("מאיה 👩🏽‍💻");
        String mixed = "לא מצאתי את שעות הפתיחה 👩🏽‍💻 ok";
        String longest = "🙂".repeat(RoomLimits.DEFAULTS.maxCardChars());

        assertThat(post("/api/cards", token, card(mixed)).statusCode()).isEqualTo(201);
        assertThat(post("/api/cards", token, card(longest)).statusCode()).as("280 emoji are 280 characters")
                .isEqualTo(201);
        assertThat(post("/api/cards", token, card(longest + "🙂")).statusCode()).as("one more is too long")
                .isEqualTo(413);
        session.acceptWaiting();

        assertThat(document.map().cards()).extracting(Card::title).contains(mixed, longest)
                .noneMatch(title -> title.startsWith(longest + "🙂"));
        assertThat(view(token).path("you").asText()).isEqualTo("מאיה 👩🏽‍💻");
    }

    @Test
    void withoutAJoinNothingButThePageIsServed() throws Exception {
        assertThat(get("/api/view", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/events", null).body()).as("the page's stream says only that there is nothing, and closes")
                .isEqualTo("event: gone\ndata: {}\n\n");
        assertThat(post("/api/dots", null, "{\"card\":\"x\",\"change\":1}").statusCode()).isEqualTo(401);
        assertThat(post("/api/withdraw", null, "{\"id\":\"i1\"}").statusCode()).isEqualTo(401);
        assertThat(post("/api/name", null, "{\"name\":\"Dan\"}").statusCode()).isEqualTo(401);
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        assertThat(get("/room.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/index.html", null).statusCode()).as("no other file of the page folder").isEqualTo(404);
        assertThat(get("/RoomServer.class", null).statusCode()).isEqualTo(404);
    }

    private static String card(String text) {
        return JSON.createObjectNode().put("stage", "awareness").put("lane", "pain-points").put("text", text).toString();
    }

    @Test
    void aFloodFromOneAddressIsSlowedDownAndTheRoomStaysResponsive() throws Exception {
        int slowed = 0;
        for (int i = 0; i < 60; i++) {
            if (get("/room.css", null).statusCode() == 429) {
                slowed++;
            }
        }
        assertThat(slowed).isPositive();
        assertThat(session.isEnded()).isFalse();
    }

    @Test
    void phonesHearEveryChangeLiveAndThatTheSessionEnded() throws Exception {
        String token = join("Maya");
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(uri("/api/events?token=" + token))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(nextData(events).path("state").asText()).isEqualTo("open");

            session.pause(true);
            assertThat(nextData(events).path("state").asText()).isEqualTo("paused");

            session.end();
            server.close();
            String line;
            boolean gone = false;
            while ((line = events.readLine()) != null) {
                gone |= line.equals("event: gone");
            }
            assertThat(gone).isTrue();
        }
        assertThatThrownBy(() -> get("/", null)).isInstanceOf(ConnectException.class);
    }

    private static JsonNode nextData(BufferedReader events) throws IOException {
        String line;
        while ((line = events.readLine()) != null) {
            if (line.startsWith("data: ")) {
                return JSON.readTree(line.substring("data: ".length()));
            }
        }
        throw new IOException("the stream ended");
    }

    private String join(String name) throws Exception {
        HttpResponse<String> answer = post("/api/join", null,
                JSON.createObjectNode().put("code", session.code().toString()).put("name", name).toString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("token").asText();
    }

    private JsonNode view(String token) throws Exception {
        return JSON.readTree(get("/api/view", token).body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.link().address() + path.substring(1));
    }

    private String hostPort() {
        return "127.0.0.1:" + server.link().port();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.link().port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
