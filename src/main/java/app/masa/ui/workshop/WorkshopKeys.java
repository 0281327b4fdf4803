package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * What the keyboard guide says about the workshop: the keys of the presentation, which are the keys
 * {@link PresentationControls} answers (a test holds the two together), and the dot keys of the editor.
 */
public final class WorkshopKeys {
    /** Keys that do one thing in the presentation; {@code written} stands for a run of keys, such as 1 – 9. */
    private record Keys(String actionKey, List<KeyCode> codes, String written) {
        Shortcut shortcut() {
            String action = Messages.get(actionKey);
            return written != null ? Shortcut.described(action, written)
                    : Shortcut.of(action, codes.stream().map(KeyCodeCombination::new).toList());
        }
    }

    private static final List<Keys> PRESENTATION = List.of(
            keys("keys.present.along", KeyCode.RIGHT, KeyCode.LEFT, KeyCode.KP_RIGHT, KeyCode.KP_LEFT),
            keys("keys.present.next", KeyCode.PAGE_DOWN, KeyCode.SPACE),
            keys("keys.present.previous", KeyCode.PAGE_UP, KeyCode.BACK_SPACE),
            keys("keys.present.home", KeyCode.HOME),
            keys("keys.present.end", KeyCode.END),
            keys("keys.present.focus", KeyCode.F),
            new Keys("keys.present.lane", laneDigits(), "1 – 9"),
            keys("keys.present.onlyLane", KeyCode.H),
            keys("keys.present.allLanes", KeyCode.DIGIT0, KeyCode.NUMPAD0),
            keys("keys.present.timer", KeyCode.T),
            keys("keys.present.resetTimer", KeyCode.R),
            keys("keys.present.tally", KeyCode.V),
            keys("keys.present.pointer", KeyCode.P),
            keys("keys.present.room", KeyCode.I),
            keys("keys.present.close", KeyCode.ESCAPE));

    private WorkshopKeys() {
    }

    public static List<ShortcutGroup> groups() {
        return List.of(
                new ShortcutGroup(Messages.get("keys.group.presentation"),
                        PRESENTATION.stream().map(Keys::shortcut).toList()),
                new ShortcutGroup(Messages.get("keys.group.voting"), List.of(
                        Shortcut.of(Messages.get("keys.vote.add"), List.of(new KeyCodeCombination(KeyCode.D))),
                        Shortcut.of(Messages.get("keys.vote.remove"),
                                List.of(new KeyCodeCombination(KeyCode.D, KeyCombination.SHIFT_DOWN))))));
    }

    /** Every key the guide says the presentation answers. */
    static List<KeyCode> presentationCodes() {
        return PRESENTATION.stream().flatMap(k -> k.codes().stream()).toList();
    }

    private static Keys keys(String actionKey, KeyCode... codes) {
        return new Keys(actionKey, List.of(codes), null);
    }

    private static List<KeyCode> laneDigits() {
        return IntStream.rangeClosed(1, 9).boxed()
                .flatMap(n -> Stream.of(KeyCode.valueOf("DIGIT" + n), KeyCode.valueOf("NUMPAD" + n)))
                .toList();
    }
}
