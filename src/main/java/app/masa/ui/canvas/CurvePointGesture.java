package app.masa.ui.canvas;

import app.masa.layout.CurveBox;
import app.masa.layout.CurvePoint;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import javafx.scene.input.MouseEvent;

/** Drags a touchpoint's point on the emotion curve up or down; the score snaps to the scale's levels. */
final class CurvePointGesture implements Gesture {
    private final MapCanvas canvas;
    private final CurveBox curve;
    private final CurvePoint point;
    private int score;

    CurvePointGesture(MapCanvas canvas, CurveBox curve, CurvePoint point) {
        this.canvas = canvas;
        this.curve = curve;
        this.point = point;
        this.score = point.score();
    }

    @Override
    public void drag(double x, double y, MouseEvent e) {
        score = curve.scoreAt(y);
    }

    @Override
    public void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
        JourneyMap map = canvas.currentMap();
        Integer current = map.card(point.cardId()).map(c -> c.score()).orElse(null);
        if (current == null || current != score) {
            canvas.edits().setCardScore(map, point.cardId(), score);
        }
    }

    @Override
    public boolean autoScrolls() {
        return false;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        double targetY = curve.yOf(score);
        Rect plot = curve.plot();
        s.strokeLine(new Point(plot.x(), targetY), new Point(plot.maxX(), targetY),
                new Stroke(Feedback.SELECTION.withAlpha(110), 1 / zoom, new double[] {4 / zoom, 4 / zoom}));
        s.strokeLine(point.at(), new Point(point.at().x(), targetY), Feedback.dashedScreenStroke(Feedback.SELECTION, 1.5, zoom));
        Point at = new Point(point.at().x(), targetY);
        double fraction = (double) (score - curve.minScore()) / Math.max(1, curve.levelYs().size() - 1);
        s.fillCircle(at, 9 / zoom, Rgba.WHITE);
        s.fillCircle(at, 7 / zoom, layout.style().palette().emotion(fraction));
    }
}
