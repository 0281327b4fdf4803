package app.masa.ui.rtl;

import com.sun.javafx.text.GlyphLayout;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Another thread that has borrowed JavaFX's shared shaper and not given it back yet: the render
 * thread descheduled in the middle of laying out the canvas' Hebrew. JavaFX hands every text laid
 * out meanwhile its faulty shaper instead.
 */
final class SharedShaperHeldElsewhere implements AutoCloseable {
    private final CountDownLatch taken = new CountDownLatch(1);
    private final CountDownLatch giveBack = new CountDownLatch(1);
    private final Thread thread;

    private SharedShaperHeldElsewhere() {
        thread = new Thread(() -> {
            GlyphLayout shared = GlyphLayout.getInstance();
            taken.countDown();
            try {
                giveBack.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                shared.dispose();
            }
        }, "shared-shaper-held-elsewhere");
        thread.setDaemon(true);
    }

    /** Returns once the other thread holds the shared shaper. */
    static SharedShaperHeldElsewhere take() throws InterruptedException {
        SharedShaperHeldElsewhere held = new SharedShaperHeldElsewhere();
        held.thread.start();
        if (!held.taken.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the other thread did not get the shared shaper");
        }
        return held;
    }

    @Override
    public void close() {
        giveBack.countDown();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
