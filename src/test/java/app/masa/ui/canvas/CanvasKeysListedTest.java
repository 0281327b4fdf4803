package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Direction;
import app.masa.ui.common.Shortcut;
import app.masa.ui.common.ShortcutGroup;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every key the map answers is in the keyboard guide, and the guide lists no key the map ignores:
 * each key is pressed on the canvas, alone and with Ctrl. A key the map takes with Ctrl is listed
 * with Ctrl, or plain when it does the same whatever is held (Ctrl+Enter is Enter).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasKeysListedTest {
    private DocumentSession session;
    private MapCanvas canvas;
    private boolean passedOn;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        session = new DocumentSession(CanvasFixture.document(Direction.LTR), null);
        canvas = new MapCanvas(session);
        Scene scene = new Scene(canvas, 1000, 700);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> passedOn = true);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyKeyTheCanvasTakesIsInTheGuide(FxRobot robot) {
        Set<String> listed = new HashSet<>();
        for (ShortcutGroup group : CanvasGuide.groups()) {
            group.shortcuts().forEach(s -> listed.addAll(s.keys()));
        }
        List<String> taken = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        robot.interact(() -> {
            for (KeyCode code : keys()) {
                boolean plain = pressTaken(code, false);
                reset();
                boolean withCtrl = pressTaken(code, true);
                reset();
                if (plain) {
                    taken.add(name(code, false));
                    if (!listed.contains(name(code, false))) {
                        unlisted.add(name(code, false));
                    }
                }
                if (withCtrl) {
                    taken.add(name(code, true));
                    if (!listed.contains(name(code, true)) && !(plain && listed.contains(name(code, false)))) {
                        unlisted.add(name(code, true));
                    }
                }
            }
        });

        assertThat(taken).as("keys the canvas answers").contains("←", "Ctrl+A", "F2", "Enter", "Space", "Ctrl+→");
        assertThat(unlisted).as("keys the canvas answers that the guide does not list").isEmpty();
    }

    @Test
    void theGuidesKeysForTheMapAreTheOnesItAnswers(FxRobot robot) {
        Set<String> answered = new HashSet<>();
        Set<String> names = new HashSet<>();
        robot.interact(() -> {
            for (KeyCode code : keys()) {
                for (boolean ctrl : new boolean[] {false, true}) {
                    names.add(name(code, ctrl));
                    if (pressTaken(code, ctrl)) {
                        answered.add(name(code, ctrl));
                    }
                    reset();
                }
            }
        });
        // Keys pressed alone or with Ctrl; the guide's Shift+Tab and the typed letters are tried elsewhere.
        List<String> listed = KeyController.shortcuts().stream().flatMap(s -> s.keys().stream())
                .filter(names::contains).toList();

        assertThat(listed).isNotEmpty();
        assertThat(answered).as("keys the guide lists for the map").containsAll(listed);
    }

    /** Every key that can be a shortcut: not Shift, Ctrl and the like, which do nothing alone. */
    private static List<KeyCode> keys() {
        return Arrays.stream(KeyCode.values()).filter(CanvasKeysListedTest::canBeAShortcut).toList();
    }

    private static boolean canBeAShortcut(KeyCode code) {
        try {
            new KeyCodeCombination(code);
            return true;
        } catch (IllegalArgumentException modifierOrUndefined) {
            return false;
        }
    }

    /** Whether the canvas took the key: a key it leaves alone goes on up to the scene. */
    private boolean pressTaken(KeyCode code, boolean ctrl) {
        passedOn = false;
        Event.fireEvent(canvas, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, ctrl, false, false));
        boolean taken = !passedOn;
        Event.fireEvent(canvas, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, ctrl, false, false));
        return taken;
    }

    private void reset() {
        canvas.editor().cancel();
        canvas.pointer().cancel();
        session.selection().clear();
        while (session.history().canUndo()) {
            session.undo();
        }
    }

    private static String name(KeyCode code, boolean ctrl) {
        KeyCombination combination = ctrl ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN)
                : new KeyCodeCombination(code);
        return Shortcut.of("", List.of(combination)).keys().get(0);
    }
}
