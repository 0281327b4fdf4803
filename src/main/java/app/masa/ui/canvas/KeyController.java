package app.masa.ui.canvas;

import app.masa.model.JourneyMap;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas keyboard: arrows move the cell selection (with Ctrl they carry the selected cards
 * along), Tab steps through cells in reading order, Enter or typing starts a card, F2 edits,
 * Delete deletes, Ctrl+A selects all, Ctrl with +, − and 0 zooms, Space held pans.
 */
final class KeyController {
    private final MapCanvas canvas;

    KeyController(MapCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    private boolean editing() {
        return canvas.editor().isEditing();
    }

    private void pressed(KeyEvent e) {
        if (editing()) {
            return;
        }
        Selection sel = canvas.session().selection();
        JourneyMap map = canvas.currentMap();
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> canvas.pointer().setSpaceDown(true);
            case ESCAPE -> {
                canvas.pointer().cancel();
                sel.clear();
            }
            case LEFT, RIGHT, UP, DOWN -> {
                int dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
                int dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
                CellRef from = sel.cellProperty().get();
                CellRef to = CellNavigator.neighbour(map, from, dx, dy);
                if (to == null) {
                    break;
                }
                if (shortcut && !sel.cardIds().isEmpty()) {
                    moveSelectedCards(map, to);
                } else {
                    selectCell(to);
                }
            }
            case TAB -> selectCell(CellNavigator.step(map, sel.cellProperty().get(), e.isShiftDown()));
            case ENTER, F2 -> {
                if (code == KeyCode.ENTER && sel.cardIds().isEmpty() && sel.cellProperty().get() != null) {
                    canvas.capture().startIn(sel.cellProperty().get());
                } else {
                    canvas.startEditingSelection();
                }
            }
            case DELETE, BACK_SPACE -> canvas.deleteSelection();
            case A -> {
                if (!shortcut) {
                    return;
                }
                canvas.selectAll();
            }
            case EQUALS, PLUS, ADD -> {
                if (!shortcut) {
                    return;
                }
                canvas.zoomIn();
            }
            case MINUS, SUBTRACT -> {
                if (!shortcut) {
                    return;
                }
                canvas.zoomOut();
            }
            case DIGIT0, NUMPAD0 -> {
                if (!shortcut) {
                    return;
                }
                canvas.zoomReset();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void released(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            canvas.pointer().setSpaceDown(false);
            e.consume();
        }
    }

    /** Typing with a cell selected starts a card with what was typed. */
    private void typed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.isEmpty() || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        if (editing()) {
            if (e.getTarget() == canvas) {
                canvas.editor().typeLate(ch);
                e.consume();
            }
            return;
        }
        if (ch.equals(" ")) {
            return;
        }
        Selection sel = canvas.session().selection();
        CellRef cell = sel.cellProperty().get();
        if (cell != null && sel.cardIds().isEmpty()) {
            canvas.capture().startIn(cell, ch);
            e.consume();
        }
    }

    private void selectCell(CellRef cell) {
        if (cell == null) {
            return;
        }
        canvas.session().selection().selectCell(cell);
        var box = canvas.index().cell(cell);
        if (box != null) {
            canvas.reveal(box.bounds());
        }
    }

    /** Ctrl+arrow: the selected cards go to the end of the neighbouring cell. */
    private void moveSelectedCards(JourneyMap map, CellRef to) {
        List<String> ids = List.copyOf(canvas.session().selection().cardIds());
        if (ids.stream().allMatch(id -> map.card(id).map(c -> c.isIn(to.stageId(), to.laneId())).orElse(true))) {
            return;
        }
        int end = (int) map.cardsIn(to.stageId(), to.laneId()).stream().filter(c -> !ids.contains(c.id())).count();
        canvas.edits().moveCards(map, ids, to, end);
        canvas.session().selection().selectCards(ids);
        canvas.session().selection().cellProperty().set(to);
    }
}
