package app.masa.ui.rtl;

import com.sun.javafx.scene.text.TextLayout;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lays Hebrew out without pause on a thread of its own, as the canvas does on JavaFX's render
 * thread while it draws a Hebrew map: one line each, no wrapping, some starting with a Latin word
 * or a figure. What the controls lay out on the JavaFX thread meanwhile must come out whole.
 */
final class HebrewOnAnotherThread implements AutoCloseable {
    /** Card texts as the canvas draws them, from the organic grocer template. */
    static final List<String> CANVAS_TEXTS = List.of(
            "פוסט ממומן בפייסבוק", "Instagram: סל השבוע, מוצג להורים בשכונה", "הזמנה באתר",
            "312 סלים יצאו השבוע", "צ׳אט עם נציג", "CSAT 4.5 · פער −2", "משלוח עד הבית ב-₪120");

    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger layouts = new AtomicInteger();
    private volatile boolean running = true;

    private HebrewOnAnotherThread(List<String> texts) {
        thread = new Thread(() -> {
            while (running) {
                for (String text : texts) {
                    LaidOutText.of(text, TextLayout.DIRECTION_LTR, 0);
                    layouts.incrementAndGet();
                    started.countDown();
                }
            }
        }, "hebrew-on-another-thread");
        thread.setDaemon(true);
    }

    /** Starts laying out and returns once the first text is laid out. */
    static HebrewOnAnotherThread start() throws InterruptedException {
        HebrewOnAnotherThread load = new HebrewOnAnotherThread(CANVAS_TEXTS);
        load.thread.start();
        if (!load.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the other thread laid nothing out");
        }
        return load;
    }

    /** How many texts it has laid out so far. */
    int layouts() {
        return layouts.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
