package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.document.OpenDocument;
import app.masa.i18n.InterfaceLanguage;
import app.masa.io.JourneyFiles;
import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masa room} on loopback: a phone's card lands in the file at once, and "end" leaves it whole. */
@InterfaceLanguage("en")
class RoomCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aCardFromAPhoneIsSavedAsItArrivesAndEndingLeavesAValidFile() throws Exception {
        Path file = folder.resolve("shop.journey.json");
        new OpenDocument(TemplateCatalog.builtIn().create("funnel", "en"), null).saveAs(file);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        PipedOutputStream typed = new PipedOutputStream();
        InputStream console = System.in;
        System.setIn(new PipedInputStream(typed));
        try {
            CompletableFuture<Integer> room = CompletableFuture.supplyAsync(() -> MasaCommand.run(path -> {
                throw new AssertionError("the designer must not open");
            }, new PrintWriter(new LineWriter(lines), true), new PrintWriter(new LineWriter(lines), true),
                    "room", file.toString(), "--host", "127.0.0.1", "--port", "0", "--accept-all"));

            String address = find(lines, Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)"));
            String code = find(lines, Pattern.compile("Session code: ([A-Z0-9]{6})"));
            HttpClient http = HttpClient.newHttpClient();
            String token = JSON.readTree(http.send(post(address + "api/join", null,
                    "{\"code\":\"" + code + "\",\"name\":\"Noa\"}"), HttpResponse.BodyHandlers.ofString()).body())
                    .path("token").asText();
            HttpResponse<String> sent = http.send(post(address + "api/cards", token,
                    "{\"stage\":\"purchase\",\"lane\":\"pain-points\",\"text\":\"The card machine was down\"}"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).isEqualTo(201);
            assertThat(JourneyFiles.load(file).maps().get(0).cards()).extracting(Card::title)
                    .as("saved as it arrived").contains("The card machine was down");

            typed.write("end\n".getBytes(StandardCharsets.UTF_8));
            typed.flush();

            assertThat(room.get(20, TimeUnit.SECONDS)).isZero();
            assertThat(JourneyFiles.load(file).maps().get(0).cards()).extracting(Card::title)
                    .contains("The card machine was down");
        } finally {
            System.setIn(console);
        }
    }

    @Test
    void aPortThatCannotBeIsAUsageError() {
        CliRun run = CliRun.of("room", folder.resolve("none.journey.json").toString(), "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("There is no port 70000");
    }

    private static HttpRequest post(String uri, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static String find(BlockingQueue<String> lines, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("the room never printed " + pattern);
    }

    /** Hands each printed line to the test as soon as it is complete. */
    private static final class LineWriter extends Writer {
        private final BlockingQueue<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineWriter(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(char[] chars, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (chars[i] == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
