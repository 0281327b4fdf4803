package app.masa.ui.shell;

import app.masa.i18n.Messages;
import app.masa.ui.canvas.CanvasGuide;
import app.masa.ui.help.MenuShortcuts;
import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;
import app.masa.ui.help.ShortcutGuide;
import app.masa.ui.workshop.WorkshopKeys;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * The keyboard guide of the designer's window, read from where each key is installed: the menu bar
 * as built, the window's second shortcuts, the map's key table, the presentation and the vote.
 */
final class KeyboardGuide {
    private KeyboardGuide() {
    }

    static List<ShortcutGroup> of(MenuBar bar) {
        List<ShortcutGroup> window = new ArrayList<>(CanvasGuide.groups());
        // JavaFX's own: the menu bar takes F10 to open its first menu from the keyboard.
        window.add(new ShortcutGroup(Messages.get("keys.group.window"), List.of(
                Shortcut.of(Messages.get("keys.menuBar.open"), List.of(new KeyCodeCombination(KeyCode.F10))))));
        return ShortcutGuide.assemble(MenuShortcuts.from(bar), ShellShortcuts.shortcuts(), window, WorkshopKeys.groups());
    }
}
