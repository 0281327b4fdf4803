package app.masa.room;

import java.time.Duration;
import java.time.Instant;

/** The facilitator's time box as phones show it: how long it runs, and when it ends if running. */
public record RoomTimer(Duration total, Duration remaining, boolean running, Instant at) {

    /** What is left at {@code now}. */
    public Duration remainingAt(Instant now) {
        if (!running) {
            return remaining;
        }
        Duration left = remaining.minus(Duration.between(at, now));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
