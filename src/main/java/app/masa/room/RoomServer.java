package app.masa.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The room's web server: the phone page, its two assets and a handful of JSON endpoints, on one
 * address and one port, only while a session runs. Every request is untrusted: it must come for
 * this host (no DNS rebinding), from this page's origin when a browser says where it comes from,
 * within the size and rate bounds of {@link RoomLimits}, and carry the session code or a
 * participant's token. It serves no file, no folder and no other map. Decision 0012.
 */
public final class RoomServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RoomServer.class.getName());
    /** Jetty tells of every start and stop at INFO; a facilitator's terminal needs none of it. Held, as loggers are weak. */
    private static final java.util.logging.Logger JETTY = java.util.logging.Logger.getLogger("org.eclipse.jetty");
    private static final Duration BODY_WAIT = Duration.ofSeconds(10);
    private static final Map<String, String> ASSETS = Map.of("/room.js", "text/javascript; charset=utf-8",
            "/room.css", "text/css; charset=utf-8");

    private final RoomSession session;
    private final ObjectMapper json = new ObjectMapper();
    private final Server server;
    private final ServerConnector connector;
    private final RateLimiter requests;
    private final RateLimiter wrongCodes;
    private final PhonePage page;
    private final PhoneStreams streams;
    private JoinLink link;

    private RoomServer(RoomSession session, String host, int port, Clock clock) {
        this.session = session;
        RoomLimits limits = session.limits();
        this.requests = new RateLimiter(limits.requestsPerSecond(), Duration.ofSeconds(1), clock);
        this.wrongCodes = new RateLimiter(limits.wrongCodesPerMinute(), RoomLimits.MINUTE, clock);
        this.page = new PhonePage();
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("masa-room");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(8192);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(Duration.ofMinutes(2).toMillis());
        server.addConnector(connector);
        server.setHandler(new Routes());
        server.setStopTimeout(0);
        streams = new PhoneStreams(session, json, limits.maxStreams());
    }

    /** Starts a server for {@code session} on {@code host}; port 0 takes a free one. */
    public static RoomServer start(RoomSession session, String host, int port) throws IOException {
        if (JETTY.getLevel() == null) {
            JETTY.setLevel(java.util.logging.Level.WARNING);
        }
        RoomServer room = new RoomServer(session, host, port, Clock.systemUTC());
        try {
            room.server.start();
        } catch (Exception e) {
            room.close();
            throw new IOException("The room could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        room.link = new JoinLink(host, room.connector.getLocalPort(), session.code());
        room.page.language(session);
        room.streams.start();
        return room;
    }

    public JoinLink link() {
        return link;
    }

    /** Stops listening at once; phones still connected are told the session ended first. */
    @Override
    public void close() {
        streams.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Stopping the room's server failed", e);
        }
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String address = Request.getRemoteAddr(request);
            Headers.secure(response);
            try {
                if (!requests.tryAcquire(address)) {
                    throw new RoomException(429, "room.error.slowDown");
                }
                if (!forThisHost(request)) {
                    throw new RoomException(421, "room.error.wrongHost");
                }
                String path = Request.getPathInContext(request);
                String method = request.getMethod();
                if ("POST".equals(method)) {
                    requireSameOrigin(request);
                }
                switch (method + " " + path) {
                    case "GET /" -> send(response, callback, 200, "text/html; charset=utf-8", page.html());
                    case "GET /room.js", "GET /room.css" -> sendAsset(response, callback, path);
                    case "POST /api/join" -> join(request, response, callback, address);
                    case "GET /api/view" -> sendJson(response, callback, 200, session.viewFor(token(request)));
                    case "GET /api/events" -> {
                        streams.open(request, response, callback, token(request));
                        return true;
                    }
                    case "POST /api/cards" -> sendCard(request, response, callback);
                    case "POST /api/withdraw" -> withdraw(request, response, callback);
                    case "POST /api/name" -> rename(request, response, callback);
                    case "POST /api/dots" -> dot(request, response, callback);
                    default -> throw new RoomException(path.startsWith("/api/") || ASSETS.containsKey(path)
                            || "/".equals(path) ? 405 : 404, "room.error.notFound");
                }
            } catch (RoomException refused) {
                sendError(response, callback, refused.status(), refused.message(page.locale()));
            } catch (RuntimeException | IOException e) {
                LOG.log(System.Logger.Level.WARNING, "A room request failed", e);
                sendError(response, callback, 500, app.masa.i18n.Messages.get(page.locale(), "room.error.unexpected"));
            }
            return true;
        }
    }

    private void join(Request request, Response response, Callback callback, String address) throws IOException {
        if (wrongCodes.isBlocked(address)) {
            throw new RoomException(429, "room.error.tooManyCodes");
        }
        JsonNode body = body(request);
        try {
            String token = session.join(text(body, "code"), text(body, "name"));
            ObjectNode answer = json.createObjectNode().put("token", token);
            sendJson(response, callback, 200, answer);
        } catch (RoomException refused) {
            if ("room.error.wrongCode".equals(refused.key())) {
                wrongCodes.tryAcquire(address);
                session.wrongCode(address);
            }
            throw refused;
        }
    }

    private void sendCard(Request request, Response response, Callback callback) throws IOException {
        String token = token(request);
        JsonNode body = body(request);
        IncomingCard card = session.send(token, text(body, "stage"), text(body, "lane"), text(body, "text"));
        sendJson(response, callback, 201, json.createObjectNode().put("id", card.id()));
    }

    private void withdraw(Request request, Response response, Callback callback) throws IOException {
        String token = token(request);
        session.withdraw(token, text(body(request), "id"));
        sendJson(response, callback, 200, json.createObjectNode().put("ok", true));
    }

    private void rename(Request request, Response response, Callback callback) throws IOException {
        String token = token(request);
        session.rename(token, text(body(request), "name"));
        sendJson(response, callback, 200, json.createObjectNode().put("ok", true));
    }

    private void dot(Request request, Response response, Callback callback) throws IOException {
        String token = token(request);
        JsonNode body = body(request);
        int change = body.path("change").asInt(0);
        Optional<app.masa.edit.Refusal> refusal = session.dot(token, text(body, "card"), change);
        if (refusal.isPresent()) {
            throw refusedWith(refusal.get());
        }
        sendJson(response, callback, 200, json.createObjectNode().put("ok", true));
    }

    private static RoomException refusedWith(app.masa.edit.Refusal refusal) {
        return new RoomException(409, refusal.key(), refusal.arguments().toArray());
    }

    /** The request's body as JSON, read only up to the room's bound. */
    private JsonNode body(Request request) throws IOException {
        int max = session.limits().maxBodyBytes();
        long declared = request.getLength();
        if (declared > max) {
            throw new RoomException(413, "room.error.tooLarge");
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new RoomException(415, "room.error.badRequest");
        }
        byte[] bytes;
        try {
            bytes = Content.Source.asByteArrayAsync(request, max + 1).get(BODY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RoomException(413, "room.error.tooLarge");
        } catch (TimeoutException e) {
            throw new RoomException(408, "room.error.badRequest");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoomException(503, "room.error.badRequest");
        }
        if (bytes.length > max) {
            throw new RoomException(413, "room.error.tooLarge");
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new RoomException(400, "room.error.badRequest");
            }
            return node;
        } catch (IOException e) {
            throw new RoomException(400, "room.error.badRequest");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    /** A participant's token: in the Authorization header, or the query for the event stream (EventSource cannot set headers). */
    private static String token(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring("Bearer ".length()).trim();
        }
        String query = Request.extractQueryParameters(request).getValue("token");
        return query == null ? "" : query;
    }

    private boolean forThisHost(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        return host != null && link != null && host.equalsIgnoreCase(link.address()
                .substring("http://".length(), link.address().length() - 1));
    }

    /** A browser's request from any other page (another site, a file) is refused. */
    private void requireSameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String own = link.address().substring(0, link.address().length() - 1);
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            throw new RoomException(403, "room.error.otherOrigin");
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
            throw new RoomException(403, "room.error.otherOrigin");
        }
    }

    private void sendAsset(Response response, Callback callback, String path) throws IOException {
        try (InputStream in = RoomServer.class.getResourceAsStream("page" + path)) {
            if (in == null) {
                throw new RoomException(404, "room.error.notFound");
            }
            send(response, callback, 200, ASSETS.get(path), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void sendJson(Response response, Callback callback, int status, Object value) throws IOException {
        send(response, callback, status, "application/json; charset=utf-8", json.writeValueAsString(value));
    }

    private void sendError(Response response, Callback callback, int status, String message) {
        try {
            sendJson(response, callback, status, json.createObjectNode().put("error", message));
        } catch (IOException e) {
            callback.failed(e);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        Content.Sink.write(response, true, body, callback);
    }
}
