package app.masa.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The second shortcuts of some commands, which a menu item (one accelerator each) cannot carry. */
final class ShellShortcuts {
    private ShellShortcuts() {
    }

    static void install(Scene scene, ShellActions actions) {
        var map = scene.getAccelerators();
        map.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> actions.session().redo());
        map.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> actions.canvas().zoomIn());
        map.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> actions.canvas().zoomIn());
        map.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> actions.canvas().zoomIn());
        map.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> actions.canvas().zoomOut());
        map.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), () -> actions.canvas().zoomReset());
        // Side panels: F9 on the menu; this one for keyboards whose function keys need a modifier.
        map.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                actions::toggleSidePanels);
    }
}
