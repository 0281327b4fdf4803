package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Surface;
import javafx.scene.input.MouseEvent;

/** Draws an arrow from a card's handle to the card it is released on. */
final class ConnectionGesture implements Gesture {
    private final MapCanvas canvas;
    private final CardBox from;
    private double x;
    private double y;
    private CardBox over;

    ConnectionGesture(MapCanvas canvas, CardBox from, double x, double y) {
        this.canvas = canvas;
        this.from = from;
        this.x = x;
        this.y = y;
    }

    @Override
    public void drag(double px, double py, MouseEvent e) {
        x = px;
        y = py;
        over = canvas.currentLayout().cardAt(x, y).filter(c -> !c.cardId().equals(from.cardId())).orElse(null);
    }

    @Override
    public void release(double px, double py, MouseEvent e) {
        drag(px, py, e);
        if (over != null) {
            canvas.edits().addConnection(canvas.currentMap(), from.cardId(), over.cardId());
        }
        over = null;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        Point start = new Point(from.handle().centerX(), from.handle().centerY());
        if (over != null) {
            s.strokeRect(HitTester.grown(over.bounds(), 3 / zoom), Feedback.cardRadius(layout),
                    Feedback.screenStroke(Feedback.DROP, 2, zoom));
        }
        s.strokeLine(start, new Point(x, y), Feedback.dashedScreenStroke(Feedback.DROP, 2, zoom));
        s.fillCircle(new Point(x, y), 4 / zoom, Feedback.DROP);
        SelectionOverlay.paintHandle(s, from, zoom);
    }
}
