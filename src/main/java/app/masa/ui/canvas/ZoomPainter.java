package app.masa.ui.canvas;

import app.masa.export.Java2dSurface;
import app.masa.export.MapImages;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Paints pictures of the map on a worker thread, with the same painter as the PNG export, while the
 * zoom changes: the UI thread would spend several frames on each. Only the newest order is kept; an
 * order given while one is painted waits for it, older ones are forgotten. The images are used
 * again once their pictures are given back: a window-sized image is a large allocation, and making
 * one per frame would have the garbage collector pause the UI thread.
 */
final class ZoomPainter {
    private static final System.Logger LOG = System.getLogger(ZoomPainter.class.getName());
    /**
     * One part of the map at one zoom: {@code scale} device pixels per layout unit, the picture's
     * first pixel at ({@code left}, {@code top}) in the whole picture at that scale.
     */
    record Order(MapLayout layout, double zoom, double scale, int left, int top, int width, int height) {
        /** Whether this order's picture will show all of this rectangle of the map. */
        boolean covers(Rect r) {
            return r.x() * scale >= left && r.y() * scale >= top && r.maxX() * scale <= left + width
                    && r.maxY() * scale <= top + height;
        }
    }

    /** One picture shown, one arrived and not yet shown, one being painted. */
    private static final int IMAGES = 3;

    private final MapMarks marks;
    private final Runnable onPainted;
    private final AtomicReference<Picture> painted = new AtomicReference<>();
    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "masa-zoom-pictures");
        t.setDaemon(true);
        return t;
    });
    private final List<BufferedImage> images = new ArrayList<>();
    private final List<BufferedImage> free = new ArrayList<>();
    private Order waiting;
    private boolean working;

    /** @param onPainted told on the worker thread each time a picture is ready to {@link #take()} */
    ZoomPainter(MapMarks marks, Runnable onPainted) {
        this.marks = marks;
        this.onPainted = onPainted;
        // Idle for a few seconds, the thread ends; the next zoom starts one again.
        worker.setKeepAliveTime(5, TimeUnit.SECONDS);
        worker.allowCoreThreadTimeOut(true);
    }

    synchronized void order(Order order) {
        waiting = order;
        if (!working) {
            working = true;
            worker.execute(this::work);
        }
    }

    /** The newest picture painted since the last call, or null. */
    Picture take() {
        return painted.getAndSet(null);
    }

    /** Takes back a picture nobody shows any more, to paint the next one into its image. */
    synchronized void giveBack(Picture picture) {
        if (picture == null) {
            return;
        }
        for (BufferedImage image : images) {
            if (pixels(image) == picture.argb()) {
                release(image);
            }
        }
    }

    private synchronized void release(BufferedImage image) {
        if (images.contains(image) && !free.contains(image)) {
            free.add(image);
        }
    }

    /**
     * Drops what waits, what was painted and the images kept for the next pictures: the map
     * changed, or zooming ended, and a window-sized image or three are worth giving back.
     */
    synchronized void forget() {
        waiting = null;
        painted.set(null);
        images.clear();
        free.clear();
    }

    /**
     * Paints the order waiting, then rests as long as that took before the next one: the UI thread
     * keeps most of the processor while the zoom changes (and the tiles take over once it settles).
     */
    private void work() {
        Order order;
        synchronized (this) {
            order = waiting;
            waiting = null;
            if (order == null) {
                working = false;
                return;
            }
        }
        long start = System.nanoTime();
        BufferedImage image = imageFor(order);
        try {
            giveBack(painted.getAndSet(paint(order, image)));
            onPainted.run();
        } catch (RuntimeException failed) {
            // The older picture stays in view until the zoom settles and the canvas paints the
            // view itself; one lost preview is not worth a word to the user, but is to the log.
            LOG.log(System.Logger.Level.WARNING, "A zoom preview could not be painted", failed);
            release(image);
        }
        worker.schedule(this::work, System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private synchronized BufferedImage imageFor(Order order) {
        for (BufferedImage image : free) {
            if (image.getWidth() == order.width() && image.getHeight() == order.height()) {
                free.remove(image);
                return image;
            }
        }
        if (images.size() >= IMAGES && !free.isEmpty()) {
            images.remove(free.remove(0));
        }
        BufferedImage image = new BufferedImage(order.width(), order.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        if (images.size() < IMAGES) {
            images.add(image);
        }
        return image;
    }

    private Picture paint(Order order, BufferedImage image) {
        double scale = order.scale();
        Graphics2D g = MapImages.graphics(image);
        try {
            g.translate(-order.left(), -order.top());
            g.scale(scale, scale);
            MapLayout layout = order.layout();
            Java2dSurface surface = new Java2dSurface(g, layout.style().typography());
            Rect all = new Rect(order.left() / scale, order.top() / scale, (order.width() + 1) / scale,
                    (order.height() + 1) / scale);
            surface.fillRect(all, 0, layout.background());
            LayoutPainting.paintPicture(layout, surface, order.zoom(), all, marks);
        } finally {
            g.dispose();
        }
        return new Picture(order.layout(), scale, order.left(), order.top(), order.width(), order.height(),
                pixels(image));
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
