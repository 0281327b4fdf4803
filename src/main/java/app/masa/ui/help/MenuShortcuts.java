package app.masa.ui.help;

import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The shortcuts of a menu bar as it is, read from its items' accelerators: one group per menu, so
 * the guide cannot list a key the menus do not have, nor miss one they do.
 */
public final class MenuShortcuts {
    /**
     * Where a menu item keeps its plain name, when its text changes with what it would do ("Undo
     * Move card") and the guide should say just "Undo".
     */
    public static final String ACTION = "masa.shortcut.action";

    private MenuShortcuts() {
    }

    public static List<ShortcutGroup> from(MenuBar bar) {
        List<ShortcutGroup> groups = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            List<Shortcut> shortcuts = new ArrayList<>();
            collect(menu, shortcuts);
            if (!shortcuts.isEmpty()) {
                groups.add(new ShortcutGroup(plain(menu.getText()), shortcuts));
            }
        }
        return groups;
    }

    private static void collect(Menu menu, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            } else if (item.getAccelerator() != null) {
                Object action = item.getProperties().get(ACTION);
                String name = action instanceof String s ? s : plain(item.getText());
                into.add(Shortcut.of(name, List.of(item.getAccelerator())));
            }
        }
    }

    /** The text as shown: a mnemonic's underscore is not part of the name. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
