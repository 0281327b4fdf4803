package app.masa.ui.workshop;

import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps the keyboard with the map while a small tool window floats beside it. The facilitator
 * steers the map (arrows, F, D, Delete) while the timer runs and the tally grows, so the window
 * never takes the keyboard: when it gains the focus (it was shown, came back after the
 * presentation, or was clicked), the focus goes straight back; its buttons work by mouse all the
 * same. Only a click into a text field (the timer's own length) keeps the focus there, for typing.
 * Should the window have the keyboard anyway, every key meant for the map goes on to the map: all
 * but Tab, Enter and Space, which work its buttons, and none while a number is being typed.
 */
final class KeyboardHandBack {
    private final Stage window;
    private final Supplier<Node> home;
    /** From a press into a text field until a press elsewhere or the window goes: the focus stays. */
    private boolean typingWanted;

    private KeyboardHandBack(Stage window, Supplier<Node> home) {
        this.window = window;
        this.home = home;
    }

    /** @param home the node that owns the keyboard now: the presentation while it shows, else the map */
    static void install(Stage window, Supplier<Node> home) {
        KeyboardHandBack back = new KeyboardHandBack(window, home);
        Scene scene = window.getScene();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            back.typingWanted = inTextField(e.getPickResult().getIntersectedNode());
            if (back.typingWanted) {
                window.requestFocus();
            } else if (window.isFocused()) {
                back.handBack();
            }
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> back.typingWanted = false);
        scene.addEventFilter(KeyEvent.ANY, back::forward);
        window.focusedProperty().addListener((o, was, focused) -> {
            if (focused && !back.typingWanted) {
                back.handBack();
            }
        });
    }

    private static boolean inTextField(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** A field being typed into; an editable spinner keeps the focus itself and hands the keys to its field. */
    private static boolean takesText(Node focused) {
        return focused instanceof TextInputControl || focused instanceof Spinner<?> spinner && spinner.isEditable();
    }

    /** Gives the keyboard back to whichever node owns it now. */
    void handBack() {
        Node target = home.get();
        if (target == null || target.getScene() == null) {
            return;
        }
        Window owner = target.getScene().getWindow();
        if (owner != null && owner.isShowing()) {
            owner.requestFocus();
            target.requestFocus();
        }
    }

    private void forward(KeyEvent e) {
        if (ownKey(e) || takesText(window.getScene().getFocusOwner())) {
            return;
        }
        Node target = home.get();
        if (target == null || target.getScene() == null) {
            return;
        }
        e.consume();
        handBack();
        Event.fireEvent(target, e.copyFor(target, target));
    }

    /** Tab, Enter and Space work the window's own buttons. */
    private static boolean ownKey(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            String c = e.getCharacter();
            return c.equals("\t") || c.equals("\r") || c.equals("\n") || c.equals(" ");
        }
        KeyCode code = e.getCode();
        return code == KeyCode.TAB || code == KeyCode.ENTER || code == KeyCode.SPACE;
    }
}
