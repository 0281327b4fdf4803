package app.masa.ui.workshop;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The workshop's time-box: counts a duration down to zero, can be paused and reset, and finishes
 * at zero. The time comes from an injected clock (nanoseconds, like {@link System#nanoTime()}), so
 * a test moves time by hand; a {@link Timeline} only asks the clock again a few times a second.
 */
public final class Countdown {
    /** Where the countdown is. */
    public enum State { READY, RUNNING, PAUSED, FINISHED }

    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(10);

    private final LongSupplier nanoClock;
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>(this, "remaining");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final Timeline ticker;
    private Duration duration = DEFAULT_DURATION;
    /** What was left when the countdown last started or paused. */
    private Duration banked = DEFAULT_DURATION;
    private long startedAt;

    public Countdown() {
        this(System::nanoTime);
    }

    public Countdown(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        remaining.set(duration);
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(200), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** Sets a new length and goes back to the start, stopped. */
    public void setDuration(Duration length) {
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a time-box lasts from a second to " + LONGEST.toHours() + " hours");
        }
        duration = length;
        reset();
    }

    public Duration duration() {
        return duration;
    }

    public void start() {
        State now = state.get();
        if (now == State.RUNNING) {
            return;
        }
        if (now == State.FINISHED) {
            banked = duration;
        }
        startedAt = nanoClock.getAsLong();
        state.set(State.RUNNING);
        ticker.play();
        tick();
    }

    public void pause() {
        if (state.get() != State.RUNNING) {
            return;
        }
        tick();
        if (state.get() == State.RUNNING) {
            banked = remaining.get();
            state.set(State.PAUSED);
            ticker.stop();
        }
    }

    /** Start when stopped, pause when running: one key or one button for both. */
    public void toggle() {
        if (state.get() == State.RUNNING) {
            pause();
        } else {
            start();
        }
    }

    public void reset() {
        ticker.stop();
        banked = duration;
        remaining.set(duration);
        state.set(State.READY);
    }

    /** Reads the clock: updates what remains and finishes at zero. */
    public void tick() {
        if (state.get() != State.RUNNING) {
            return;
        }
        Duration left = banked.minusNanos(nanoClock.getAsLong() - startedAt);
        if (left.isNegative() || left.isZero()) {
            ticker.stop();
            remaining.set(Duration.ZERO);
            state.set(State.FINISHED);
        } else {
            remaining.set(left);
        }
    }

    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public Duration remaining() {
        return remaining.get();
    }

    /** "4:05" or "1:02:00": minutes and seconds, hours only when needed, rounded up so 0:00 means done. */
    public static String format(Duration d) {
        long seconds = (d.toNanos() + 999_999_999L) / 1_000_000_000L;
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
