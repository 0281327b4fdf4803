package app.masa.ui.common;

import java.util.List;

/** A heading of the keyboard guide and its lines: a menu, the map, typing on the map, the presentation. */
public record ShortcutGroup(String title, List<Shortcut> shortcuts) {
    public ShortcutGroup {
        shortcuts = List.copyOf(shortcuts);
    }
}
