package app.masa.export;

import java.util.function.BooleanSupplier;

/**
 * How a long export talks to the Export dialog: it reports the fraction done and asks, between
 * pages, whether the person pressed Cancel. Called on the exporting thread.
 */
public record ExportProgress(ProgressListener listener, BooleanSupplier cancelled) {
    public static final ExportProgress NONE = new ExportProgress(fraction -> { }, () -> false);

    /** Receives the fraction of the export done, from 0 to 1. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction);
    }

    public ExportProgress {
        listener = listener == null ? fraction -> { } : listener;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    void report(double fraction) {
        listener.progress(Math.max(0, Math.min(1, fraction)));
    }

    /** Stops the export when the person cancelled it. */
    void checkCancelled() throws ExportCancelledException {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
    }
}
