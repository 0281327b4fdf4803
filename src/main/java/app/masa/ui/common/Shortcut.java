package app.masa.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * One line of the keyboard guide: what happens, and the keys that do it (any one of them), as they
 * are written on the keyboard.
 */
public record Shortcut(String action, List<String> keys) {
    public Shortcut {
        keys = List.copyOf(new LinkedHashSet<>(keys));
    }

    /** The keys of combinations the program matches; combinations that read alike are shown once. */
    public static Shortcut of(String action, List<? extends KeyCombination> combinations) {
        return new Shortcut(action, combinations.stream().map(KeyNames::of).toList());
    }

    /**
     * Keys that no combination describes, such as a run of digits or a key held while dragging, written
     * out; {@code |} separates keys that each do it ("Ctrl+drag | Alt+drag").
     */
    public static Shortcut described(String action, String keys) {
        return new Shortcut(action, Arrays.stream(keys.split("\\|")).map(String::strip).filter(k -> !k.isEmpty()).toList());
    }

    /** The same action with more keys, as when a second shortcut does what a menu item does. */
    public Shortcut withMoreKeys(List<String> more) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(more);
        return new Shortcut(action, all);
    }
}
