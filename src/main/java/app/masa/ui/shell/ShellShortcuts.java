package app.masa.ui.shell;

import app.masa.i18n.Messages;
import app.masa.ui.common.Shortcut;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The second shortcuts of some commands, which a menu item (one accelerator each) cannot carry. Each
 * names the menu item it doubles, so the keyboard guide lists its keys on that item's line.
 */
final class ShellShortcuts {
    /** A key, the message key of the menu item whose command it runs, and the command. */
    private record Extra(KeyCombination key, String menuItemKey, Consumer<ShellActions> command) {
    }

    private static final List<Extra> EXTRAS = List.of(
            new Extra(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), "menu.edit.redo",
                    a -> a.session().redo()),
            new Extra(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), "menu.view.zoomIn",
                    a -> a.canvas().zoomIn()),
            new Extra(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), "menu.view.zoomIn",
                    a -> a.canvas().zoomIn()),
            new Extra(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    "menu.view.zoomIn", a -> a.canvas().zoomIn()),
            new Extra(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), "menu.view.zoomOut",
                    a -> a.canvas().zoomOut()),
            new Extra(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), "menu.view.zoomReset",
                    a -> a.canvas().zoomReset()),
            // F9 is on the menu item; this one is for keyboards whose function keys need a modifier.
            new Extra(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    "menu.view.sidePanels", ShellActions::toggleSidePanels));

    private ShellShortcuts() {
    }

    static void install(Scene scene, ShellActions actions) {
        for (Extra extra : EXTRAS) {
            scene.getAccelerators().put(extra.key(), () -> extra.command().accept(actions));
        }
    }

    /** The extra keys, each under the name of the menu item it doubles. */
    static List<Shortcut> shortcuts() {
        return EXTRAS.stream().map(e -> Shortcut.of(Messages.get(e.menuItemKey()), List.of(e.key()))).toList();
    }
}
