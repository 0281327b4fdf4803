package app.masa.io.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler and clock that move only when the test says so, so timing is checked exactly. */
public final class ManualScheduler extends Clock implements AutosaveScheduler {
    private record Task(Instant due, long order, Runnable action) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long order;

    public ManualScheduler(Instant start) {
        now = start;
    }

    @Override
    public void schedule(Runnable task, Duration delay) {
        tasks.add(new Task(now.plus(delay), order++, task));
    }

    /** Moves time forward, running each task when its time comes, in the order a real one would. */
    public void advance(Duration step) {
        Instant end = now.plus(step);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.due().isAfter(end))
                    .min(Comparator.comparing(Task::due).thenComparingLong(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due().isAfter(now) ? next.due() : now;
            next.action().run();
        }
        now = end;
    }

    /** Runs what is due now. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    public int waiting() {
        return tasks.size();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
