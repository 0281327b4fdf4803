package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * What the keyboard guide says about the map: its keys (the table the canvas itself follows), the
 * keys of a title being typed on it, and what the mouse does with a key held.
 */
public final class CanvasGuide {
    private CanvasGuide() {
    }

    public static List<ShortcutGroup> groups() {
        List<Shortcut> map = new ArrayList<>(KeyController.shortcuts());
        map.add(described("keys.canvas.type", "keys.canvas.type.keys"));
        return List.of(
                new ShortcutGroup(Messages.get("keys.group.map"), map),
                new ShortcutGroup(Messages.get("keys.group.typing"), InPlaceEditor.shortcuts()),
                new ShortcutGroup(Messages.get("keys.group.mouse"), List.of(
                        described("keys.mouse.edit", "keys.mouse.edit.keys"),
                        described("keys.mouse.extend", "keys.mouse.extend.keys"),
                        described("keys.mouse.copy", "keys.mouse.copy.keys"),
                        described("keys.mouse.pan", "keys.mouse.pan.keys"),
                        described("keys.mouse.zoom", "keys.mouse.zoom.keys"),
                        described("keys.mouse.sideways", "keys.mouse.sideways.keys"),
                        described("keys.mouse.menu", "keys.mouse.menu.keys"))));
    }

    private static Shortcut described(String actionKey, String keysKey) {
        return Shortcut.described(Messages.get(actionKey), Messages.get(keysKey));
    }
}
