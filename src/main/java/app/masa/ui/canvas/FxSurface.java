package app.masa.ui.canvas;

import app.masa.layout.FontTableMeasurer;
import app.masa.ui.Java2dSetup;
import app.masa.layout.FontSpec;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Typography;
import app.masa.layout.ImageFit;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints layout geometry onto a JavaFX canvas. The caller sets the zoom and scroll transform on the
 * graphics context; this class speaks layout units only. The editor canvas and the presentation
 * view both draw through it.
 */
public final class FxSurface implements Surface {
    private static final FontTableMeasurer MEASURER = FontTableMeasurer.shared();
    /** Decoded photos by their bytes (kept by identity while a layout holds them): decoding on every frame is slow. */
    /** A picture small on screen is drawn from a small copy: scaling a large one down costs every frame. */
    private static final int SMALL_SIDE = 256;
    /** Enough for a storyboard still filling a projector; the original is larger still, and stays in the file. */
    private static final int LARGE_SIDE = 1024;
    private static final ReadOnlyIntegerWrapper DECODED = new ReadOnlyIntegerWrapper();
    /** Marks in the caches: a picture being decoded, and one that cannot be. */
    /**
     * Until when new pictures wait, touched on the JavaFX thread only. A hold lapses by itself, so
     * a view that stops moving without saying so never keeps its pictures back for good.
     */
    private static long heldUntil;
    private static final long HOLD_NANOS = 500_000_000L;
    private static final List<Runnable> waiting = new java.util.ArrayList<>();
    private static final Image PENDING = new WritableImage(1, 1);
    private static final Image BROKEN = new WritableImage(1, 1);
    private static final Executor DECODER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masa-picture-decoder");
        t.setDaemon(true);
        // Below the JavaFX thread: a frame comes first, a picture may appear a moment later.
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private static final Map<byte[], Image> SMALL = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<byte[], Image> LARGE = Collections.synchronizedMap(new WeakHashMap<>());

    private final GraphicsContext gc;
    private final FxFonts fonts;

    FxSurface(GraphicsContext gc, FxFonts fonts) {
        this.gc = gc;
        this.fonts = fonts;
    }

    /** A surface drawing text with the bundled font at the sizes of a layout's typography. */
    public static FxSurface of(GraphicsContext gc, Typography typography) {
        return new FxSurface(gc, new FxFonts(typography));
    }

    public Typography typography() {
        return fonts.typography();
    }

    public static Color color(Rgba c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.opacity());
    }

    @Override
    public void fillRect(Rect r, double cornerRadius, Rgba fill) {
        gc.setFill(color(fill));
        if (cornerRadius > 0) {
            gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * cornerRadius, 2 * cornerRadius);
        } else {
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    @Override
    public void strokeRect(Rect r, double cornerRadius, Stroke stroke) {
        apply(stroke);
        if (cornerRadius > 0) {
            gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * cornerRadius, 2 * cornerRadius);
        } else {
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    @Override
    public void strokeLine(Point from, Point to, Stroke stroke) {
        apply(stroke);
        gc.strokeLine(from.x(), from.y(), to.x(), to.y());
    }

    @Override
    public void fillPath(PathShape path, Rgba fill) {
        trace(path);
        gc.setFill(color(fill));
        gc.fill();
    }

    @Override
    public void strokePath(PathShape path, Stroke stroke) {
        trace(path);
        apply(stroke);
        gc.stroke();
    }

    @Override
    public void image(Rect r, byte[] imageBytes, double focusX, double focusY) {
        // The small copy serves every card at ordinary zoom; zoomed in, the large one takes over.
        double pixels = r.width() * Math.abs(gc.getTransform().getMxx()) * 1.5;
        Image small = decoded(SMALL, imageBytes, SMALL_SIDE);
        Image image = pixels <= SMALL_SIDE ? small : decoded(LARGE, imageBytes, LARGE_SIDE);
        if (image == null) {
            image = small;
        }
        if (image == null) {
            return;
        }
        Rect src = ImageFit.cover(image.getWidth(), image.getHeight(), r, focusX, focusY);
        gc.drawImage(image, src.x(), src.y(), src.width(), src.height(), r.x(), r.y(), r.width(), r.height());
    }

    /**
     * How many pictures have finished decoding: a view listens and paints again, as the frame showed
     * the placeholder meanwhile. Decoding a photo takes tens of milliseconds, too long for a frame
     * of a pan or a zoom.
     */
    public static ReadOnlyIntegerProperty picturesDecoded() {
        return DECODED.getReadOnlyProperty();
    }

    /**
     * Holds new pictures back while the view moves (a pan, a zoom): on a machine of two cores,
     * decoding beside the frames costs them their pace. They are decoded once the view rests.
     */
    public static void holdDecoding() {
        heldUntil = System.nanoTime() + HOLD_NANOS;
    }

    public static void resumeDecoding() {
        heldUntil = 0;
        waiting.forEach(DECODER::execute);
        waiting.clear();
    }

    /**
     * The picture decoded at a size, or null while it is being decoded (on a thread of its own, so a
     * frame never waits for it) or when it cannot be.
     */
    private static Image decoded(Map<byte[], Image> cache, byte[] bytes, int side) {
        Image image = cache.get(bytes);
        if (image == null) {
            cache.put(bytes, PENDING);
            Runnable decode = () -> {
                Java2dSetup.await();
                Image done = ScreenPictures.decode(bytes, side);
                Platform.runLater(() -> {
                    cache.put(bytes, done == null ? BROKEN : done);
                    DECODED.set(DECODED.get() + 1);
                });
            };
            if (System.nanoTime() < heldUntil) {
                waiting.add(decode);
            } else {
                resumeDecoding();
                DECODER.execute(decode);
            }
            return null;
        }
        return image == PENDING || image == BROKEN ? null : image;
    }

    @Override
    public void fillCircle(Point center, double radius, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillOval(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(TextLine line, Rgba color) {
        gc.setFont(fonts.font(line.role()));
        gc.setFill(color(color));
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        List<String> pieces = BidiPieces.visual(line.text(), line.rightToLeft());
        if (pieces.size() == 1) {
            gc.fillText(pieces.get(0), line.x(), line.baseline());
            return;
        }
        // Pieces are placed with the layout's own measure, so the line fills exactly its box.
        FontSpec spec = fonts.typography().spec(line.role());
        double x = line.x();
        for (String piece : pieces) {
            gc.fillText(piece, x, line.baseline());
            x += MEASURER.width(piece, spec.face(), spec.size());
        }
    }

    private void apply(Stroke stroke) {
        gc.setStroke(color(stroke.color()));
        gc.setLineWidth(stroke.width());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineDashes(stroke.dashed() ? stroke.dashes() : null);
    }

    private void trace(PathShape path) {
        gc.beginPath();
        for (PathShape.Segment s : path.segments()) {
            switch (s.kind()) {
                case MOVE -> gc.moveTo(s.points().get(0).x(), s.points().get(0).y());
                case LINE -> gc.lineTo(s.points().get(0).x(), s.points().get(0).y());
                case CUBIC -> gc.bezierCurveTo(s.points().get(0).x(), s.points().get(0).y(),
                        s.points().get(1).x(), s.points().get(1).y(), s.points().get(2).x(), s.points().get(2).y());
                case CLOSE -> gc.closePath();
            }
        }
    }
}
