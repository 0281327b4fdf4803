package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.common.Shortcut;
import app.masa.ui.session.CellRef;
import app.masa.ui.session.Selection;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The canvas keyboard: arrows move the cell selection (with Ctrl they carry the selected cards
 * along), Tab steps through cells in reading order, Enter or typing starts a card, F2 edits,
 * Delete deletes, Ctrl+A selects all, Ctrl with +, − and 0 zooms, Space held pans. The keys are
 * one table, which the keyboard guide lists as it is.
 */
final class KeyController {
    /** Keys of the table, each with what the keyboard guide calls it and what it does. */
    private record Binding(String actionKey, List<KeyCombination> keys, Consumer<KeyEvent> action) {
        boolean matches(KeyEvent e) {
            return keys.stream().anyMatch(k -> k.match(e));
        }
    }

    private final MapCanvas canvas;
    private final List<Binding> bindings = bindings();

    KeyController(MapCanvas canvas) {
        this.canvas = canvas;
    }

    /** The keys of the map as the keyboard guide lists them, without doing anything. */
    static List<Shortcut> shortcuts() {
        return new KeyController(null).bindings.stream()
                .map(b -> Shortcut.of(Messages.get(b.actionKey()), b.keys()))
                .toList();
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    /** The first binding that matches wins, so the ones with Ctrl come before their plain twins. */
    private List<Binding> bindings() {
        return List.of(
                bind("keys.canvas.carryCards", e -> arrow(e.getCode(), true),
                        shortcut(KeyCode.LEFT), shortcut(KeyCode.RIGHT), shortcut(KeyCode.UP), shortcut(KeyCode.DOWN)),
                bind("keys.canvas.moveCell", e -> arrow(e.getCode(), false),
                        any(KeyCode.LEFT), any(KeyCode.RIGHT), any(KeyCode.UP), any(KeyCode.DOWN)),
                bind("keys.canvas.nextCell", e -> step(false), withShift(KeyCode.TAB, false)),
                bind("keys.canvas.previousCell", e -> step(true), withShift(KeyCode.TAB, true)),
                bind("keys.canvas.enter", e -> enter(), any(KeyCode.ENTER)),
                bind("keys.canvas.edit", e -> canvas.startEditingSelection(), any(KeyCode.F2)),
                bind("keys.canvas.delete", e -> canvas.deleteSelection(), any(KeyCode.DELETE), any(KeyCode.BACK_SPACE)),
                bind("keys.canvas.escape", e -> escape(), any(KeyCode.ESCAPE)),
                bind("keys.canvas.selectAll", e -> canvas.selectAll(), shortcut(KeyCode.A)),
                bind("keys.canvas.zoomIn", e -> canvas.zoomIn(),
                        shortcut(KeyCode.EQUALS), shortcut(KeyCode.PLUS), shortcut(KeyCode.ADD)),
                bind("keys.canvas.zoomOut", e -> canvas.zoomOut(), shortcut(KeyCode.MINUS), shortcut(KeyCode.SUBTRACT)),
                bind("keys.canvas.zoomReset", e -> canvas.zoomReset(), shortcut(KeyCode.DIGIT0), shortcut(KeyCode.NUMPAD0)),
                bind("keys.canvas.pan", e -> canvas.pointer().setSpaceDown(true), any(KeyCode.SPACE)));
    }

    private static Binding bind(String actionKey, Consumer<KeyEvent> action, KeyCombination... keys) {
        return new Binding(actionKey, List.of(keys), action);
    }

    /** The key whatever modifiers are held with it. */
    private static KeyCombination any(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY, KeyCombination.CONTROL_ANY,
                KeyCombination.ALT_ANY, KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY);
    }

    /** The key with Ctrl (⌘ on a Mac); Shift may be held too, as it is to type + on many keyboards. */
    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY,
                KeyCombination.ALT_ANY, KeyCombination.META_ANY);
    }

    /** The key with Shift held, or without it (a modifier left out of a combination must be up). */
    private static KeyCombination withShift(KeyCode code, boolean shift) {
        return shift
                ? new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN, KeyCombination.CONTROL_ANY,
                        KeyCombination.ALT_ANY, KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY)
                : new KeyCodeCombination(code, KeyCombination.CONTROL_ANY, KeyCombination.ALT_ANY,
                        KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY);
    }

    private boolean editing() {
        return canvas.editor().isEditing();
    }

    private void pressed(KeyEvent e) {
        if (editing()) {
            return;
        }
        for (Binding binding : bindings) {
            if (binding.matches(e)) {
                binding.action().accept(e);
                e.consume();
                return;
            }
        }
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

    private void escape() {
        canvas.pointer().cancel();
        canvas.session().selection().clear();
    }

    /** An arrow moves the selected cell; with Ctrl, the selected cards go along. */
    private void arrow(KeyCode code, boolean carry) {
        int dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
        int dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
        Selection sel = canvas.session().selection();
        JourneyMap map = canvas.currentMap();
        CellRef to = CellNavigator.neighbour(map, sel.cellProperty().get(), dx, dy);
        if (to == null) {
            return;
        }
        if (carry && !sel.cardIds().isEmpty()) {
            moveSelectedCards(map, to);
        } else {
            selectCell(to);
        }
    }

    private void step(boolean backwards) {
        selectCell(CellNavigator.step(canvas.currentMap(), canvas.session().selection().cellProperty().get(), backwards));
    }

    /** Enter starts a card in the selected empty-handed cell, else edits what is selected. */
    private void enter() {
        Selection sel = canvas.session().selection();
        if (sel.cardIds().isEmpty() && sel.cellProperty().get() != null) {
            canvas.capture().startIn(sel.cellProperty().get());
        } else {
            canvas.startEditingSelection();
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
