package app.masa.io.recovery;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where recovery copies are written: one background thread, so copies of one document are written
 * in the order they were asked for and the editing thread never waits. Tests give a scheduler that
 * runs on a clock they move by hand.
 */
public interface AutosaveScheduler {
    /** Runs {@code task} after {@code delay}, after everything asked before it with a shorter delay. */
    void schedule(Runnable task, Duration delay);

    /** Runs {@code task} as soon as the tasks already due have run. */
    default void execute(Runnable task) {
        schedule(task, Duration.ZERO);
    }

    /** Waits until the tasks due now have run, so a closing window leaves nothing behind; false on time-out. */
    default boolean drain(Duration timeout) {
        return true;
    }

    /** One shared daemon thread: recovery copies must never keep the application from exiting. */
    static AutosaveScheduler background() {
        return Background.INSTANCE;
    }

    /** The real scheduler, shared by every window of the process. */
    final class Background implements AutosaveScheduler {
        static final Background INSTANCE = new Background();
        private static final System.Logger LOG = System.getLogger(AutosaveScheduler.class.getName());
        private final ScheduledExecutorService executor;

        private Background() {
            ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "masa-autosave");
                thread.setDaemon(true);
                thread.setPriority(Thread.NORM_PRIORITY - 1);
                return thread;
            });
            pool.setRemoveOnCancelPolicy(true);
            executor = pool;
        }

        @Override
        public void schedule(Runnable task, Duration delay) {
            executor.schedule(() -> runLogged(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** A scheduled task's failure would otherwise vanish into a future nobody reads. */
        private static void runLogged(Runnable task) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "A recovery-copy task failed", e);
                if (e instanceof Error) {
                    throw e;
                }
            }
        }

        @Override
        public boolean drain(Duration timeout) {
            try {
                executor.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        }
    }
}
