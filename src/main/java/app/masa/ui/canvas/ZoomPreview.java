package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import java.nio.IntBuffer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The map while the zoom changes. Each frame shows the newest picture of the map, resampled to the
 * exact view in plain Java and drawn one to one: JavaFX's software renderer needs more than a
 * frame to scale a window-sized picture, and a full paint at the new zoom several frames. The
 * first picture is what the tiles showed; meanwhile a worker paints sharp ones at the zoom reached
 * (see {@link ZoomPainter}), and the frame after each arrives shows it. When the zoom settles, the
 * tiles are painted at the new zoom and take over again.
 */
final class ZoomPreview {
    /** Share of the view added on each side of a picture ordered while the view moves at one zoom. */
    private static final double MARGIN = 0.12;
    /**
     * The same while zooming out: a zoom out seldom stops after one step, and a picture 1.7 times
     * the view each way still covers it two steps (of 1.2) further out.
     */
    private static final double MARGIN_OUT = 0.35;
    /** Above this many view pixels, pictures are ordered without a margin: memory, not speed, is short. */
    private static final double LARGE_VIEW_PIXELS = 4_000_000;

    private final ImageView view = new ImageView();
    private final ZoomPainter painter;
    private MapLayout layout;
    private Viewport viewport;
    private double outputScale = 1;
    private Picture source;
    private ZoomPainter.Order ordered;
    private PixelBuffer<IntBuffer> frame;
    private int[] framePixels;

    ZoomPreview(MapMarks marks) {
        painter = new ZoomPainter(marks, () -> Platform.runLater(this::pictureArrived));
        view.setManaged(false);
        view.setVisible(false);
        view.setSmooth(false);
    }

    Node node() {
        return view;
    }

    boolean isShowing() {
        return view.isVisible();
    }

    /** Whether the picture shown was painted at the zoom shown, for the whole view. */
    boolean isSharp() {
        return isShowing() && serves(source.scale(), source::covers);
    }

    /**
     * Shows the map at the viewport's zoom, {@code deviceScale} device pixels to a view pixel.
     * {@code start} is what the screen shows now, taken only when the preview is not yet showing:
     * the first frame has nothing sharper to start from. A new layout hides the preview first
     * (the tiles are painted afresh), so one showing never changes layout.
     */
    void show(MapLayout shown, Viewport v, double deviceScale, Supplier<Picture> start) {
        if (!isShowing()) {
            painter.forget();
            layout = shown;
            source = start.get();
            ordered = null;
            view.setVisible(true);
        }
        viewport = v;
        outputScale = deviceScale;
        draw();
    }

    /** The tiles are in view again: lets go of the pictures. */
    void hide() {
        if (isShowing()) {
            view.setVisible(false);
            painter.forget();
            source = null;
            ordered = null;
            layout = null;
        }
    }

    private void pictureArrived() {
        if (isShowing()) {
            draw();
        }
    }

    private void draw() {
        Picture newer = painter.take();
        if (newer != null && newer.layout() == layout) {
            painter.giveBack(source);
            source = newer;
        } else {
            painter.giveBack(newer);
        }
        int width = pixelsWide();
        int height = pixelsHigh();
        if (frame == null || frame.getWidth() != width || frame.getHeight() != height) {
            framePixels = new int[width * height];
            frame = new PixelBuffer<>(width, height, IntBuffer.wrap(framePixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(frame));
        }
        view.setFitWidth(width / outputScale);
        view.setFitHeight(height / outputScale);
        double scale = scale();
        // The same whole-pixel placement as the tiles and the feedback above them.
        double left = MapTiles.viewOffset(viewport.scrollX(), scale);
        double top = MapTiles.viewOffset(viewport.scrollY(), scale);
        frame.updateBuffer(buffer -> {
            source.resample(scale, left, top, width, height, argb(layout.background()), framePixels);
            return null;
        });
        orderSharper((int) left, (int) top, width, height);
    }

    /** Orders a picture at this zoom unless the one shown, or the one ordered, already serves. */
    private void orderSharper(int left, int top, int width, int height) {
        double scale = scale();
        if (serves(source.scale(), source::covers)
                || ordered != null && ordered.layout() == layout && serves(ordered.scale(), ordered::covers)) {
            return;
        }
        // Zooming in, the view only shrinks within the picture: no margin is needed.
        double margin = scale > source.scale() || (double) width * height > LARGE_VIEW_PIXELS ? 0
                : scale < source.scale() ? MARGIN_OUT : MARGIN;
        int aside = (int) Math.ceil(width * margin);
        int above = (int) Math.ceil(height * margin);
        ordered = new ZoomPainter.Order(layout, viewport.zoom(), scale, left - aside, top - above,
                width + 2 * aside, height + 2 * above);
        painter.order(ordered);
    }

    /** Whether a picture at this scale, covering what {@code covers} says, shows the whole view sharp. */
    private boolean serves(double pictureScale, Predicate<Rect> covers) {
        double scale = scale();
        double left = MapTiles.viewOffset(viewport.scrollX(), scale);
        double top = MapTiles.viewOffset(viewport.scrollY(), scale);
        return pictureScale == scale
                && covers.test(new Rect(left / scale, top / scale, pixelsWide() / scale, pixelsHigh() / scale));
    }

    /** Device pixels per layout unit at the zoom shown. */
    private double scale() {
        return viewport.zoom() * outputScale;
    }

    private int pixelsWide() {
        return Math.max(1, (int) Math.ceil(viewport.viewWidth() * outputScale));
    }

    private int pixelsHigh() {
        return Math.max(1, (int) Math.ceil(viewport.viewHeight() * outputScale));
    }

    private static int argb(Rgba c) {
        // The map's background is opaque: the canvas behind it is painted the same colour.
        return 0xff000000 | c.r() << 16 | c.g() << 8 | c.b();
    }
}
