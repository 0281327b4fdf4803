package app.masa.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The live line to every phone (Server-Sent Events): after each change in the room, each phone
 * gets its whole view again, at most one write in flight per phone and changes that arrive
 * meanwhile folded into the next. No thread is held per phone; one thread pushes to all.
 */
final class PhoneStreams implements AutoCloseable {
    private static final long GATHER_MILLIS = 25;
    private static final long HEARTBEAT_SECONDS = 15;

    private final RoomSession session;
    private final ObjectMapper json;
    private final int max;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "masa-room-push");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable watcher = this::changed;

    PhoneStreams(RoomSession session, ObjectMapper json, int max) {
        this.session = session;
        this.json = json;
        this.max = max;
    }

    void start() {
        session.addWatcher(watcher);
        pusher.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Keeps the exchange open and sends the participant's view now and after every change. */
    void open(Request request, Response response, Callback callback, String token) {
        if (open.size() >= max) {
            throw new RoomException(429, "room.error.busy");
        }
        String first = event(token);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put("X-Accel-Buffering", "no");
        Stream stream = new Stream(token, response, callback);
        open.add(stream);
        stream.push(first);
    }

    int size() {
        return open.size();
    }

    private void changed() {
        if (scheduled.compareAndSet(false, true)) {
            pusher.schedule(() -> {
                scheduled.set(false);
                for (Stream stream : List.copyOf(open)) {
                    stream.push(event(stream.token));
                }
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void heartbeat() {
        for (Stream stream : List.copyOf(open)) {
            stream.push(": still here\n\n");
        }
    }

    /** The participant's view as an event; once they are removed or the session ended, a last word. */
    private String event(String token) {
        try {
            return "data: " + json.writeValueAsString(session.viewFor(token)) + "\n\n";
        } catch (RoomException gone) {
            if (gone.status() == 401 || gone.status() == 410) {
                return "event: gone\ndata: {}\n\n";
            }
            throw gone;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view is plain data", e);
        }
    }

    /** Tells every phone the session ended and closes their lines. */
    @Override
    public void close() {
        session.removeWatcher(watcher);
        pusher.shutdownNow();
        for (Stream stream : List.copyOf(open)) {
            stream.finish("event: gone\ndata: {}\n\n");
        }
    }

    private final class Stream {
        final String token;
        private final Response response;
        private final Callback done;
        private boolean writing;
        private boolean closed;
        private String pending;
        private String last;

        Stream(String token, Response response, Callback done) {
            this.token = token;
            this.response = response;
            this.done = done;
        }

        synchronized void push(String text) {
            if (closed) {
                return;
            }
            if (text.startsWith("event: gone")) {
                finish(text);
                return;
            }
            if (writing) {
                pending = text;
                return;
            }
            write(text);
        }

        private void write(String text) {
            writing = true;
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), new Callback() {
                @Override
                public void succeeded() {
                    synchronized (Stream.this) {
                        writing = false;
                        if (last != null) {
                            response.write(true, ByteBuffer.wrap(last.getBytes(StandardCharsets.UTF_8)), done);
                        } else if (pending != null && !closed) {
                            String next = pending;
                            pending = null;
                            write(next);
                        }
                    }
                }

                @Override
                public void failed(Throwable gone) {
                    synchronized (Stream.this) {
                        closed = true;
                    }
                    open.remove(Stream.this);
                    done.failed(gone);
                }
            });
        }

        synchronized void finish(String lastWords) {
            if (closed) {
                return;
            }
            closed = true;
            open.remove(this);
            if (writing) {
                // One write at a time: the last words follow the one in flight.
                last = lastWords;
            } else {
                response.write(true, ByteBuffer.wrap(lastWords.getBytes(StandardCharsets.UTF_8)), done);
            }
        }
    }
}
