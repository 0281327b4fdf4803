package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.CurveBox;
import app.masa.layout.CurvePoint;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.StageBox;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * What a press of the primary button starts, by what is under it: an arrow from a handle, a curve
 * point drag, a card drag (after selecting the card), a border resize, a header move, a lane
 * collapse, or a rubber band on empty space. Selection changes happen here, at the press.
 */
final class GestureStarter {
    private GestureStarter() {
    }

    static Gesture start(MapCanvas canvas, Hit hit, MapLayout layout, Point2D p, MouseEvent e) {
        Selection sel = canvas.session().selection();
        boolean extend = e.isShiftDown() || e.isShortcutDown();
        switch (hit.kind()) {
            case CARD_HANDLE: {
                CardBox card = canvas.index().card(hit.id());
                return new ConnectionGesture(canvas, card, p.getX(), p.getY());
            }
            case CURVE_POINT: {
                Optional<CurveBox> curve = HitTester.curveOf(layout, hit.id());
                CurvePoint point = curve.flatMap(c -> c.points().stream()
                        .filter(cp -> cp.cardId().equals(hit.id())).findFirst()).orElse(null);
                if (curve.isPresent() && point != null) {
                    canvas.pointer().selectCard(hit.id(), false);
                    return new CurvePointGesture(canvas, curve.get(), point);
                }
                return null;
            }
            case CARD: {
                if (extend) {
                    canvas.pointer().toggleCard(hit.id());
                } else if (!sel.cardIds().contains(hit.id())) {
                    canvas.pointer().selectCard(hit.id(), false);
                }
                if (!sel.cardIds().contains(hit.id())) {
                    return null;
                }
                sel.cellProperty().set(new CellRef(hit.stageId(), hit.laneId()));
                return new CardDragGesture(canvas, List.copyOf(sel.cardIds()), hit.id(), p.getX(), p.getY());
            }
            case LANE_CHEVRON: {
                var map = canvas.currentMap();
                map.lane(hit.id()).ifPresent(l -> canvas.edits().changeLane(map, l, l.withCollapsed(!l.collapsed())));
                return null;
            }
            case STAGE_BORDER: {
                StageBox box = layout.stages().stream().filter(s -> s.stageId().equals(hit.id())).findFirst()
                        .orElseThrow();
                return new StageResizeGesture(canvas, box, layout.direction().isRightToLeft());
            }
            case LANE_BORDER: {
                LaneBox box = layout.lanes().stream().filter(l -> l.laneId().equals(hit.id())).findFirst()
                        .orElseThrow();
                return new LaneResizeGesture(canvas, box);
            }
            case STAGE_HEADER:
                sel.selectStage(hit.id());
                return HeaderMoveGesture.stage(canvas, hit.id(), p.getX(), p.getY());
            case LANE_HEADER:
                sel.selectLane(hit.id());
                return HeaderMoveGesture.lane(canvas, hit.id(), p.getX(), p.getY());
            case CONNECTION:
                sel.selectConnection(hit.id());
                return null;
            case CELL:
                if (!extend) {
                    sel.selectCell(new CellRef(hit.stageId(), hit.laneId()));
                }
                return new RubberBandGesture(canvas, p.getX(), p.getY(), extend);
            default:
                if (!extend) {
                    sel.clear();
                }
                return new RubberBandGesture(canvas, p.getX(), p.getY(), extend);
        }
    }
}
