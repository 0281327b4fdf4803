package app.masa.ui.common;

import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Keys as the keyboard guide writes them: JavaFX's own names for the platform ("Ctrl+Shift+Z" here,
 * "⇧⌘Z" on a Mac), with the keypad's twins written like the main keys, since they do the same.
 */
public final class KeyNames {
    private static final Map<KeyCode, String> PLAINER = Map.of(
            KeyCode.ENTER, "Enter",
            KeyCode.BACK_SPACE, "Backspace",
            KeyCode.NUMPAD0, "0",
            KeyCode.KP_LEFT, "←",
            KeyCode.KP_RIGHT, "→",
            KeyCode.KP_UP, "↑",
            KeyCode.KP_DOWN, "↓");

    private KeyNames() {
    }

    public static String of(KeyCombination combination) {
        String text = combination.getDisplayText();
        if (combination instanceof KeyCodeCombination keys && PLAINER.containsKey(keys.getCode())) {
            String own = new KeyCodeCombination(keys.getCode()).getDisplayText();
            if (text.endsWith(own)) {
                return text.substring(0, text.length() - own.length()) + PLAINER.get(keys.getCode());
            }
        }
        return text;
    }
}
