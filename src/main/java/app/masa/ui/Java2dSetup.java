package app.masa.ui;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Java2D (pictures scaled for the screen or for a file, PNG exports) needs AWT's connection to the
 * display, and making it replaces the X error handler. GTK, under JavaFX, installs its own as it
 * opens the display and warns on every later error trap when another has taken its place. So the
 * designer makes that connection first, on a thread of its own while the JavaFX toolkit starts (it
 * takes about a tenth of a second, less than the toolkit), and threads that draw with Java2D wait
 * for it.
 */
public final class Java2dSetup {
    private static final AtomicBoolean BEGUN = new AtomicBoolean();
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();

    private Java2dSetup() {
    }

    /** Begins the set-up; the launcher calls it before the JavaFX toolkit starts. */
    public static void begin() {
        if (!BEGUN.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment();
            } finally {
                READY.complete(null);
            }
        }, "masa-java2d-setup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until the set-up is made, when it was begun: before any Java2D drawing off the launcher.
     * A window opened without the launcher (a test's) has nothing to wait for.
     */
    public static void await() {
        if (BEGUN.get()) {
            READY.join();
        }
    }
}
