package app.masa.ui.canvas;

import app.masa.layout.AwtTextMeasurer;
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
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
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
    private static final AwtTextMeasurer MEASURER = AwtTextMeasurer.shared();
    /** Decoded photos by their bytes (kept by identity while a layout holds them): decoding on every frame is slow. */
    private static final int SCREEN_SIDE = 640;
    private static final Map<byte[], Image> IMAGES = Collections.synchronizedMap(new WeakHashMap<>());

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
        // Decoded no larger than a frame on screen needs: two hundred pictures at full size would
        // hold a gigabyte and a half of pixels.
        Image image = IMAGES.computeIfAbsent(imageBytes,
                b -> new Image(new ByteArrayInputStream(b), SCREEN_SIDE, SCREEN_SIDE, true, true));
        if (image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return;
        }
        Rect src = ImageFit.cover(image.getWidth(), image.getHeight(), r, focusX, focusY);
        gc.drawImage(image, src.x(), src.y(), src.width(), src.height(), r.x(), r.y(), r.width(), r.height());
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
