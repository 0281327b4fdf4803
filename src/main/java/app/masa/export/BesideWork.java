package app.masa.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done on a thread of its own while the caller goes on with work that does not need it: in a
 * PDF export, the document and its fonts while the maps are laid out, the metadata while the pages
 * are drawn. On a cold start each is a good part of the run; side by side they take the time of the
 * longer one.
 */
final class BesideWork<T> {
    private final FutureTask<T> task;

    private BesideWork(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    static <T> BesideWork<T> start(String name, Callable<T> work) {
        BesideWork<T> beside = new BesideWork<>(work);
        Thread thread = new Thread(beside.task, name);
        thread.setDaemon(true);
        thread.start();
        return beside;
    }

    /** Waits for the result; the work's failure is the caller's, as if it had done the work itself. */
    T await() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The export is not abandoned half-way: cancelling is the progress's business.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
