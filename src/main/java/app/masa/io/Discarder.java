package app.masa.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Deletes files nobody needs any more on one background thread, so that whoever let go of them
 * need not wait while the system frees their space. Files still waiting when the program ends are
 * deleted before it exits.
 */
final class Discarder {
    static final Discarder INSTANCE = new Discarder();
    private static final System.Logger LOG = System.getLogger(Discarder.class.getName());
    private static final long EXIT_WAIT_SECONDS = 5;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "masa-discard");
        t.setDaemon(true);
        return t;
    });

    private Discarder() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::finish, "masa-discard-on-exit"));
    }

    void discard(Path file) {
        try {
            thread.execute(() -> deleteQuietly(file));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            deleteQuietly(file); // the program is ending: delete now
        }
    }

    /** Returns once everything handed over before the call is deleted. */
    void await() throws InterruptedException {
        try {
            thread.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void finish() {
        thread.shutdown();
        try {
            thread.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden leftover named like a temporary file; harmless, and the next save goes on
            LOG.log(System.Logger.Level.INFO, () -> "Could not delete " + file, e);
        }
    }
}
