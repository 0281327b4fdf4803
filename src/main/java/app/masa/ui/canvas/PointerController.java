package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Surface;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Turns mouse input on the canvas into selection changes and gestures: a press picks what is under
 * the pointer and starts the matching {@link Gesture}; drags feed it; the release commits it.
 */
final class PointerController {
    private static final double WHEEL_ZOOM_STEP = 1.1;

    private final MapCanvas canvas;
    private final AutoScroller autoScroller;
    private final PaletteDrop paletteDrop;
    private final PictureDrop pictureDrop;
    private Gesture gesture;
    private String hoveredCardId;
    private boolean spaceDown;

    PointerController(MapCanvas canvas) {
        this.canvas = canvas;
        this.autoScroller = new AutoScroller(canvas, this);
        this.paletteDrop = new PaletteDrop(canvas);
        this.pictureDrop = new PictureDrop(canvas);
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        paletteDrop.install();
        pictureDrop.install();
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
        canvas.setCursor(down ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    PictureDrop pictureDrop() {
        return pictureDrop;
    }

    PaletteDrop paletteDrop() {
        return paletteDrop;
    }

    boolean isGestureActive() {
        return gesture != null;
    }

    void cancel() {
        if (gesture != null) {
            gesture.cancel();
            gesture = null;
            autoScroller.stop();
            canvas.repaintOverlay();
        }
    }

    void paintOverlay(Surface s, MapLayout layout, double zoom) {
        if (hoveredCardId != null && gesture == null && canvas.index() != null) {
            CardBox card = canvas.index().card(hoveredCardId);
            if (card != null) {
                SelectionOverlay.paintHandle(s, card, zoom);
            }
        }
        paletteDrop.paint(s, layout, zoom);
        pictureDrop.paint(s, layout, zoom);
        if (gesture != null) {
            gesture.paint(s, layout, zoom);
        }
    }

    private Point2D layoutPoint(MouseEvent e) {
        Point2D local = canvas.view().sceneToLocal(e.getSceneX(), e.getSceneY());
        return canvas.viewport().toLayout(local.getX(), local.getY());
    }

    private Point2D viewPoint(MouseEvent e) {
        return canvas.view().sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private boolean onCanvas(MouseEvent e) {
        Point2D v = viewPoint(e);
        return v.getX() >= 0 && v.getY() >= 0 && v.getX() < canvas.view().getWidth()
                && v.getY() < canvas.view().getHeight();
    }

    private void pressed(MouseEvent e) {
        if (!onCanvas(e)) {
            return;
        }
        canvas.requestFocus();
        // Containers up the tree (the map tabs) take the focus on any press that reaches them,
        // which would leave the canvas keys (Delete, F2, typing, arrows) with the tabs instead.
        e.consume();
        canvas.editor().commit();
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            gesture = new PanGesture(canvas, e);
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D p = layoutPoint(e);
        if (canvas.followLinkAt(p.getX(), p.getY())) {
            return;
        }
        MapLayout layout = canvas.currentLayout();
        Hit hit = HitTester.at(layout, p.getX(), p.getY(), canvas.viewport().zoom());
        gesture = GestureStarter.start(canvas, hit, layout, p, e);
        if (gesture != null && gesture.autoScrolls()) {
            autoScroller.start(gesture);
        }
        canvas.repaintOverlay();
    }

    /** Selects one card (or adds it), and makes its cell the capture cell. */
    void selectCard(String cardId, boolean add) {
        Selection sel = canvas.session().selection();
        CardBox box = canvas.index() == null ? null : canvas.index().card(cardId);
        if (add) {
            sel.selectCards(concat(sel.cardIds(), cardId));
        } else {
            sel.selectCards(List.of(cardId));
        }
        if (box != null) {
            sel.cellProperty().set(new CellRef(box.stageId(), box.laneId()));
        }
    }

    void toggleCard(String cardId) {
        Selection sel = canvas.session().selection();
        if (sel.cardIds().contains(cardId)) {
            sel.cardIds().remove(cardId);
        } else {
            selectCard(cardId, true);
        }
    }

    private static List<String> concat(Collection<String> ids, String one) {
        List<String> all = new ArrayList<>(ids);
        all.add(one);
        return all;
    }

    private void dragged(MouseEvent e) {
        if (gesture == null) {
            return;
        }
        Point2D p = layoutPoint(e);
        autoScroller.pointerAt(viewPoint(e), e);
        gesture.drag(p.getX(), p.getY(), e);
        canvas.repaintOverlay();
    }

    /** Called by the auto-scroller after it moved the map under a still pointer. */
    void dragAfterScroll(Point2D view, MouseEvent e) {
        if (gesture == null) {
            return;
        }
        Point2D p = canvas.viewport().toLayout(view.getX(), view.getY());
        gesture.drag(p.getX(), p.getY(), e);
        canvas.repaintOverlay();
    }

    private void released(MouseEvent e) {
        autoScroller.stop();
        if (gesture == null) {
            return;
        }
        Gesture ending = gesture;
        gesture = null;
        Point2D p = layoutPoint(e);
        ending.release(p.getX(), p.getY(), e);
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        canvas.repaintOverlay();
    }

    private void moved(MouseEvent e) {
        Point2D p = layoutPoint(e);
        MapLayout layout = canvas.currentLayout();
        Hit hit = HitTester.at(layout, p.getX(), p.getY(), canvas.viewport().zoom());
        String hovered = hit.is(Hit.Kind.CARD) || hit.is(Hit.Kind.CARD_HANDLE) ? hit.id() : null;
        if (!Objects.equals(hovered, hoveredCardId)) {
            hoveredCardId = hovered;
            canvas.repaintOverlay();
        }
        if (!spaceDown) {
            canvas.setCursor(switch (hit.kind()) {
                case STAGE_BORDER -> Cursor.H_RESIZE;
                case LANE_BORDER -> Cursor.V_RESIZE;
                case CARD_HANDLE -> Cursor.CROSSHAIR;
                case CURVE_POINT -> Cursor.V_RESIZE;
                case LANE_CHEVRON, CONNECTION -> Cursor.HAND;
                default -> Cursor.DEFAULT;
            });
        }
        CanvasTooltips.update(canvas, hit, p.getX(), p.getY());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        Point2D p = layoutPoint(e);
        MapLayout layout = canvas.currentLayout();
        Hit hit = HitTester.at(layout, p.getX(), p.getY(), canvas.viewport().zoom());
        switch (hit.kind()) {
            case CARD -> canvas.editor().editCard(hit.id());
            case STAGE_HEADER -> canvas.editor().editStage(hit.id());
            case LANE_HEADER -> canvas.editor().editLane(hit.id());
            case CONNECTION -> canvas.editor().editConnection(hit.id());
            case CELL -> canvas.capture().startIn(new CellRef(hit.stageId(), hit.laneId()));
            default -> {
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                Point2D v = canvas.view().sceneToLocal(e.getSceneX(), e.getSceneY());
                double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP;
                canvas.zoomAround(canvas.viewport().zoom() * factor, v.getX(), v.getY());
            }
        } else {
            double zoom = canvas.viewport().zoom();
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            canvas.scrollBy(-dx / zoom, -dy / zoom);
        }
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        Point2D local = canvas.view().sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D p = canvas.viewport().toLayout(local.getX(), local.getY());
        Hit hit = HitTester.at(canvas.currentLayout(), p.getX(), p.getY(), canvas.viewport().zoom());
        if (hit.is(Hit.Kind.CARD) && !canvas.session().selection().cardIds().contains(hit.id())) {
            selectCard(hit.id(), false);
        } else if (hit.is(Hit.Kind.CELL)) {
            canvas.session().selection().selectCell(new CellRef(hit.stageId(), hit.laneId()));
        } else if (hit.is(Hit.Kind.STAGE_HEADER)) {
            canvas.session().selection().selectStage(hit.id());
        } else if (hit.is(Hit.Kind.LANE_HEADER) || hit.is(Hit.Kind.LANE_CHEVRON)) {
            canvas.session().selection().selectLane(hit.id());
        } else if (hit.is(Hit.Kind.CONNECTION)) {
            canvas.session().selection().selectConnection(hit.id());
        }
        // The menu reads in the interface's direction: the canvas itself is left to right (the layout
        // mirrors the map), so the menu is anchored to what holds it, which follows the interface.
        javafx.scene.Node anchor = canvas.getParent() != null ? canvas.getParent() : canvas;
        javafx.scene.control.ContextMenu menu = CanvasMenus.forHit(canvas, hit, p);
        if (app.masa.i18n.Messages.isRightToLeft()) {
            // Opens towards the reading end: the pointer at the menu's top right corner.
            menu.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_RIGHT);
        }
        menu.show(anchor, e.getScreenX(), e.getScreenY());
        e.consume();
    }
}
