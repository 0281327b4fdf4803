package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Surface;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/** Selects every card the dragged rectangle touches; with Shift or Ctrl, adds them to the selection. */
final class RubberBandGesture implements Gesture {
    private final MapCanvas canvas;
    private final double startX;
    private final double startY;
    private final Set<String> before;
    private Rect band;

    RubberBandGesture(MapCanvas canvas, double startX, double startY, boolean extend) {
        this.canvas = canvas;
        this.startX = startX;
        this.startY = startY;
        this.before = extend ? Set.copyOf(canvas.session().selection().cardIds()) : Set.of();
    }

    @Override
    public void drag(double x, double y, MouseEvent e) {
        band = new Rect(Math.min(startX, x), Math.min(startY, y), Math.abs(x - startX), Math.abs(y - startY));
        if (band.width() * canvas.viewport().zoom() < 3 && band.height() * canvas.viewport().zoom() < 3) {
            return;
        }
        Set<String> picked = new LinkedHashSet<>(before);
        for (CardBox card : canvas.currentLayout().cards()) {
            if (card.bounds().intersects(band)) {
                picked.add(card.cardId());
            }
        }
        var cell = canvas.session().selection().cellProperty().get();
        canvas.session().selection().selectCards(picked);
        canvas.session().selection().cellProperty().set(cell);
    }

    @Override
    public void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
        band = null;
    }

    @Override
    public void cancel() {
        band = null;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        if (band != null) {
            s.fillRect(band, 0, Feedback.SELECTION_FILL);
            s.strokeRect(band, 0, Feedback.screenStroke(Feedback.SELECTION, 1, zoom));
        }
    }
}
