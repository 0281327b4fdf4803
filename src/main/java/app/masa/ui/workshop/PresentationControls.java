package app.masa.ui.workshop;

import app.masa.layout.MapLayout;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The facilitator's keys and mouse in presentation mode. Arrows follow the map's reading direction;
 * Page Down, Page Up and Space are there for presentation clickers. F dims all but the current
 * stage, 1–9 hide or show a lane, H shows only the lane under the pointer, 0 shows every lane, T
 * starts or pauses the timer and R resets it, V shows the vote's tally, P the pointer highlight. A click on a stage header zooms to that
 * stage (again: back to the whole map); a click on a card gives it a dot, Shift-click takes one back.
 */
final class PresentationControls {
    private final PresentationView view;
    private double pointerX;
    private double pointerY;

    PresentationControls(PresentationView view) {
        this.view = view;
    }

    void install(Scene scene, Canvas canvas, PresentationOverlays overlays) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (pressed(e.getCode())) {
                e.consume();
            }
        });
        canvas.setOnMouseMoved(e -> track(e, overlays));
        canvas.setOnMouseDragged(e -> track(e, overlays));
        canvas.setOnMouseExited(e -> overlays.hidePointer());
        canvas.setOnMouseClicked(this::clicked);
    }

    private void track(MouseEvent e, PresentationOverlays overlays) {
        pointerX = e.getX();
        pointerY = e.getY();
        overlays.movePointer(e.getX(), e.getY());
    }

    boolean pressed(KeyCode code) {
        PresentationOverlays overlays = view.overlays();
        switch (code) {
            case RIGHT, KP_RIGHT -> view.arrow(true);
            case LEFT, KP_LEFT -> view.arrow(false);
            case PAGE_DOWN, SPACE -> view.next();
            case PAGE_UP, BACK_SPACE -> view.previous();
            case HOME -> view.home();
            case END -> view.last();
            case ESCAPE -> view.close();
            case F -> view.toggleFocus();
            case H -> view.isolateLaneAt(view.camera().layoutX(pointerX), view.camera().layoutY(pointerY));
            case DIGIT0, NUMPAD0 -> view.showAllLanes();
            case T -> overlays.toggleTimer();
            case R -> overlays.resetTimer();
            case V -> overlays.toggleTally();
            case P -> overlays.togglePointer();
            case I -> overlays.toggleRoom();
            default -> {
                int lane = laneNumber(code);
                if (lane < 0) {
                    return false;
                }
                view.toggleLane(lane);
            }
        }
        return true;
    }

    private static int laneNumber(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return last >= '1' && last <= '9' ? last - '1' : -1;
        }
        return -1;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        MapLayout layout = view.layout();
        double x = view.camera().layoutX(e.getX());
        double y = view.camera().layoutY(e.getY());
        var header = layout.stageHeaderAt(x, y);
        if (header.isPresent()) {
            int index = layout.stages().indexOf(header.get());
            if (index == view.currentStage()) {
                view.home();
            } else {
                view.showStage(index);
            }
            return;
        }
        layout.cardAt(x, y).ifPresent(card -> view.dot(card.cardId(), e.isShiftDown()));
    }
}
