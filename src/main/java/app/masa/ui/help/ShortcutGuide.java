package app.masa.ui.help;

import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;

import app.masa.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the keyboard guide together from its sources: the menus first (what most people look for),
 * with the second keys of their commands on the same line, then the map, typing and the mouse, then
 * windows of their own such as the presentation. A line of the main window whose keys a menu already
 * shows is left out, so a key that works both in a menu and on the map is listed once, under the menu.
 */
public final class ShortcutGuide {
    private ShortcutGuide() {
    }

    /**
     * @param menus one group per menu, as {@link MenuShortcuts} reads them
     * @param doubles second keys of menu commands, each named like the menu item it doubles
     * @param others groups of the main window, after the menus
     * @param elsewhere groups of other windows, whose keys mean something else there
     */
    public static List<ShortcutGroup> assemble(List<ShortcutGroup> menus, List<Shortcut> doubles,
                                               List<ShortcutGroup> others, List<ShortcutGroup> elsewhere) {
        List<ShortcutGroup> guide = new ArrayList<>();
        List<Shortcut> unmatched = new ArrayList<>();
        List<List<Shortcut>> menuLines = new ArrayList<>();
        for (ShortcutGroup menu : menus) {
            menuLines.add(new ArrayList<>(menu.shortcuts()));
        }
        for (Shortcut extra : doubles) {
            if (!addToLineNamed(menuLines, extra)) {
                unmatched.add(extra);
            }
        }
        for (int i = 0; i < menus.size(); i++) {
            guide.add(new ShortcutGroup(menus.get(i).title(), menuLines.get(i)));
        }
        Set<String> shown = new HashSet<>();
        guide.forEach(g -> g.shortcuts().forEach(s -> shown.addAll(s.keys())));
        if (!unmatched.isEmpty()) {
            // Keys whose menu item is gone still work, so they are listed, on lines of their own.
            guide.add(new ShortcutGroup(Messages.get("keys.group.more"), unmatched));
            unmatched.forEach(s -> shown.addAll(s.keys()));
        }
        for (ShortcutGroup group : others) {
            List<Shortcut> fresh = group.shortcuts().stream().filter(s -> !shown.containsAll(s.keys())).toList();
            if (!fresh.isEmpty()) {
                guide.add(new ShortcutGroup(group.title(), fresh));
            }
        }
        guide.addAll(elsewhere);
        return guide;
    }

    private static boolean addToLineNamed(List<List<Shortcut>> groups, Shortcut extra) {
        for (List<Shortcut> lines : groups) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).action().equals(extra.action())) {
                    lines.set(i, lines.get(i).withMoreKeys(extra.keys()));
                    return true;
                }
            }
        }
        return false;
    }
}
