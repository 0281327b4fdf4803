package app.masa.ui.workshop;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.ui.canvas.MapCanvas;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Voting in the editor: D gives each selected card a dot and Shift+D takes one back; while
 * "dots by clicking" is on, a click on a card gives it a dot (Shift-click takes one back) instead of
 * selecting it, so the facilitator can walk the room's choices onto the map with the mouse.
 */
final class EditorDots {
    private final MapCanvas canvas;
    private final VoteActions votes;
    private final Consumer<String> refused;
    private final BooleanProperty byClick = new SimpleBooleanProperty(this, "byClick");
    /** A press that gave a dot: the rest of that click belongs to the vote, not to the canvas. */
    private boolean swallowing;

    private EditorDots(MapCanvas canvas, VoteActions votes, Consumer<String> refused) {
        this.canvas = canvas;
        this.votes = votes;
        this.refused = refused;
    }

    /** Installs the keys and the clicks on the editor's canvas; nothing when the node is no canvas. */
    static Optional<EditorDots> install(Node editor, VoteActions votes, Consumer<String> refused) {
        if (!(editor instanceof MapCanvas canvas)) {
            return Optional.empty();
        }
        EditorDots dots = new EditorDots(canvas, votes, refused);
        EventHandler<KeyEvent> keys = dots::key;
        // On the scene, because the focus may rest on the tabs around the map rather than on the map.
        canvas.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
        });
        if (canvas.getScene() != null) {
            canvas.getScene().addEventHandler(KeyEvent.KEY_PRESSED, keys);
        }
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, dots::press);
        for (var type : List.of(MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED,
                MouseEvent.DRAG_DETECTED)) {
            canvas.addEventFilter(type, dots::swallow);
        }
        return Optional.of(dots);
    }

    BooleanProperty byClickProperty() {
        return byClick;
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.D || e.isShortcutDown() || e.isAltDown() || votes.vote() == null
                || !meantForTheMap(e)) {
            return;
        }
        List<String> selected = List.copyOf(votes.session().selection().cardIds());
        if (selected.isEmpty()) {
            return;
        }
        for (String cardId : selected) {
            Optional<String> refusal = e.isShiftDown() ? votes.removeDot(cardId) : votes.addDot(cardId);
            if (refusal.isPresent()) {
                refused.accept(refusal.get());
                break;
            }
        }
        e.consume();
    }

    /** Keys typed into a field (a card being edited, the inspector) are text, not votes. */
    private boolean meantForTheMap(KeyEvent e) {
        if (!(e.getTarget() instanceof Node target) || target instanceof TextInputControl) {
            return false;
        }
        for (Node n = canvas; n != null; n = n.getParent()) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    private void press(MouseEvent e) {
        swallowing = false;
        if (!byClick.get() || e.getButton() != MouseButton.PRIMARY || votes.vote() == null) {
            return;
        }
        cardAt(e.getScreenX(), e.getScreenY()).ifPresent(card -> {
            swallowing = true;
            e.consume();
            canvas.requestFocus();
            (e.isShiftDown() ? votes.removeDot(card.cardId()) : votes.addDot(card.cardId())).ifPresent(refused);
        });
    }

    private void swallow(Event e) {
        if (swallowing) {
            e.consume();
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
                swallowing = false;
            }
        }
    }

    /**
     * The card under a screen point. The canvas tells where layout points are on screen; its
     * mapping is a zoom and a shift, so two points are enough to turn it around.
     */
    private Optional<CardBox> cardAt(double screenX, double screenY) {
        MapLayout layout = canvas.currentLayout();
        Point2D origin = canvas.screenPointOf(0, 0);
        Point2D unit = canvas.screenPointOf(100, 100);
        if (layout == null || origin == null || unit == null) {
            return Optional.empty();
        }
        double zoomX = (unit.getX() - origin.getX()) / 100;
        double zoomY = (unit.getY() - origin.getY()) / 100;
        return layout.cardAt((screenX - origin.getX()) / zoomX, (screenY - origin.getY()) / zoomY);
    }
}
