package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.model.JourneyMap;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.MouseEvent;

/**
 * Drags the selected cards to another cell or another place in their cell; with Ctrl or Alt held at
 * the drop, drags copies instead. Shows the cards following the pointer and an insertion line.
 */
final class CardDragGesture implements Gesture {
    private static final double START_PIXELS = 4;

    private final MapCanvas canvas;
    private final List<String> ids;
    private final String pressedId;
    private final double startX;
    private final double startY;
    private double x;
    private double y;
    private boolean moved;
    private boolean copying;
    private DropTarget target;

    CardDragGesture(MapCanvas canvas, List<String> ids, String pressedId, double startX, double startY) {
        this.canvas = canvas;
        this.ids = List.copyOf(ids);
        this.pressedId = pressedId;
        this.startX = startX;
        this.startY = startY;
        this.x = startX;
        this.y = startY;
    }

    static boolean copies(MouseEvent e) {
        return e.isShortcutDown() || e.isControlDown() || e.isAltDown();
    }

    @Override
    public void drag(double px, double py, MouseEvent e) {
        x = px;
        y = py;
        double zoom = canvas.viewport().zoom();
        if (!moved && Math.hypot(x - startX, y - startY) * zoom < START_PIXELS) {
            return;
        }
        moved = true;
        copying = copies(e);
        Optional<DropTarget> t = DropTargets.at(canvas.index(), x, y);
        target = t.orElse(null);
    }

    @Override
    public void release(double px, double py, MouseEvent e) {
        drag(px, py, e);
        JourneyMap map = canvas.currentMap();
        if (!moved) {
            // A click on one card of a multiple selection picks just that card.
            if (!e.isShiftDown() && !e.isShortcutDown()) {
                canvas.pointer().selectCard(pressedId, false);
            }
            return;
        }
        if (target == null) {
            return;
        }
        if (copying) {
            List<String> copies = canvas.edits().duplicateCards(map, ids, target.cell(), target.index());
            canvas.session().selection().selectCards(copies);
        } else {
            canvas.edits().moveCards(map, ids, target.cell(), target.index());
            canvas.session().selection().selectCards(ids);
        }
        canvas.session().selection().cellProperty().set(target.cell());
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        if (!moved) {
            return;
        }
        double dx = x - startX;
        double dy = y - startY;
        double radius = Feedback.cardRadius(layout);
        LayoutIndex index = canvas.index();
        for (String id : ids) {
            CardBox card = index.card(id);
            if (card == null) {
                continue;
            }
            Rect b = card.bounds();
            Rect ghost = new Rect(b.x() + dx, b.y() + dy, b.width(), b.height());
            s.fillRect(ghost, radius, card.fill().withAlpha(200));
            s.strokeRect(ghost, radius, Feedback.screenStroke(Feedback.SELECTION, 1.5, zoom));
            if (!card.titleLines().isEmpty()) {
                TextLine line = card.titleLines().get(0);
                s.text(new TextLine(line.text(), line.role(), line.x() + dx, line.baseline() + dy,
                        line.width(), line.rightToLeft()), layout.style().palette().text().withAlpha(200));
            }
        }
        if (target != null) {
            s.fillRect(target.indicator(), target.indicator().height() / 2, Feedback.DROP);
        }
        if (copying) {
            s.fillCircle(new Point(x + 10 / zoom, y - 10 / zoom), 7 / zoom, Feedback.DROP);
            s.fillRect(new Rect(x + 7 / zoom, y - 10.75 / zoom, 6 / zoom, 1.5 / zoom), 0, Rgba.WHITE);
            s.fillRect(new Rect(x + 9.25 / zoom, y - 13 / zoom, 1.5 / zoom, 6 / zoom), 0, Rgba.WHITE);
        }
    }
}
