package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.ConnectionBox;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.StageBox;
import app.masa.layout.Surface;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;

/** Outlines what is selected: cards, a stage or lane header, an arrow, or the cell keyboard capture types into. */
final class SelectionOverlay implements Overlay {
    private final Selection selection;

    SelectionOverlay(Selection selection) {
        this.selection = selection;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        double radius = Feedback.cardRadius(layout);
        if (!selection.cardIds().isEmpty()) {
            for (CardBox card : layout.cards()) {
                if (selection.cardIds().contains(card.cardId())) {
                    Rect r = HitTester.grown(card.bounds(), 2 / zoom);
                    s.strokeRect(r, radius + 2 / zoom, Feedback.screenStroke(Feedback.SELECTION, 2, zoom));
                    paintHandle(s, card, zoom);
                }
            }
        }
        String stageId = selection.stageIdProperty().get();
        for (StageBox stage : layout.stages()) {
            if (stage.stageId().equals(stageId)) {
                s.fillRect(stage.header(), 0, Feedback.SELECTION_FILL);
                s.strokeRect(stage.header(), 0, Feedback.screenStroke(Feedback.SELECTION, 2, zoom));
            }
        }
        String laneId = selection.laneIdProperty().get();
        for (LaneBox lane : layout.lanes()) {
            if (lane.laneId().equals(laneId)) {
                s.fillRect(lane.header(), 0, Feedback.SELECTION_FILL);
                s.strokeRect(lane.header(), 0, Feedback.screenStroke(Feedback.SELECTION, 2, zoom));
            }
        }
        String connectionId = selection.connectionIdProperty().get();
        for (ConnectionBox c : layout.connections()) {
            if (c.connectionId().equals(connectionId)) {
                s.strokePath(c.path(), Feedback.screenStroke(Feedback.SELECTION, 3, zoom));
                s.fillPath(c.arrowHead(), Feedback.SELECTION);
            }
        }
        CellRef cell = selection.cellProperty().get();
        if (cell != null && selection.cardIds().isEmpty()) {
            for (CellBox box : layout.cells()) {
                if (box.stageId().equals(cell.stageId()) && box.laneId().equals(cell.laneId())) {
                    Rect r = HitTester.grown(box.bounds(), -3 / zoom);
                    s.fillRect(r, radius, Feedback.SELECTION_FILL);
                    s.strokeRect(r, radius, Feedback.dashedScreenStroke(Feedback.SELECTION, 1.5, zoom));
                }
            }
        }
    }

    /** The grip a connection is dragged from, shown on selected and hovered cards. */
    static void paintHandle(Surface s, CardBox card, double zoom) {
        if (card.handle() == null) {
            return;
        }
        Point c = new Point(card.handle().centerX(), card.handle().centerY());
        double r = Math.max(card.handle().width() / 2, 5 / zoom);
        s.fillCircle(c, r, Rgba.WHITE);
        s.fillCircle(c, r - 1.5 / zoom, Feedback.SELECTION);
    }
}
