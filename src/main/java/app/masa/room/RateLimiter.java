package app.masa.room;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} events per key in a sliding window. The number of keys it remembers is
 * bounded too, so a flood of new addresses cannot grow it without end; the oldest are forgotten.
 */
final class RateLimiter {
    private static final int MAX_KEYS = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event for {@code key}; false when the key already had its limit in the window. */
    synchronized boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Whether {@code key} is at its limit now, without counting anything. */
    synchronized boolean isBlocked(String key) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return false;
        }
        Instant oldest = clock.instant().minus(window);
        return times.stream().filter(t -> t.isAfter(oldest)).count() >= limit;
    }
}
