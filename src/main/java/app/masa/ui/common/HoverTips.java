package app.masa.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tool tips made the first time the pointer comes over their control rather than with it. Each
 * JavaFX tooltip is a popup window with a scene of its own; the tool bar and the palette carry
 * dozens, and making them all before the designer's first frame cost about a tenth of its start.
 * The tip shows as any tooltip does, once the pointer rests on the control; screen readers get the
 * same words at once as the control's help text.
 */
public final class HoverTips {
    private static final Object TEXT = new Object();

    private HoverTips() {
    }

    /** A tip shown after JavaFX's usual delay. */
    public static void install(Control control, String text) {
        install(control, text, null);
    }

    /** A tip shown after {@code showDelay}. */
    public static void install(Control control, String text, Duration showDelay) {
        control.getProperties().put(TEXT, text);
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(text);
                if (showDelay != null) {
                    tip.setShowDelay(showDelay);
                }
                control.setTooltip(tip);
            }
        });
    }

    /** The words of the control's tip, made yet or not; null when it has none. */
    public static String textOf(Control control) {
        if (control.getTooltip() != null) {
            return control.getTooltip().getText();
        }
        return control.getProperties().get(TEXT) instanceof String text ? text : null;
    }
}
