package app.masa.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The look of the whole application: one switch reaches every open window (designer windows, tool
 * windows, the Numbers window, the presentation, dialogs) and every window opened later, as the
 * base stylesheet is application-wide anyway. A window's root carries {@code :dark} or
 * {@code :projector} for masa.css; windows with more to redo (the designer's canvas) say how here.
 */
public final class ThemeSwitch {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");
    private static final Object ON_SWITCH = new Object();
    private static ThemeChoice current = ThemeChoice.LIGHT;
    private static boolean watching;

    private ThemeSwitch() {
    }

    public static ThemeChoice current() {
        return current;
    }

    /** From now on, a switch of the look runs {@code onSwitch} for this window. */
    public static void follow(Window window, Consumer<ThemeChoice> onSwitch) {
        window.getProperties().put(ON_SWITCH, onSwitch);
    }

    /** Sets the look of every open window and of those to come. Call on the JavaFX thread. */
    public static void switchTo(ThemeChoice theme) {
        current = theme;
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        watchNewWindows();
        for (Window window : List.copyOf(Window.getWindows())) {
            dress(window.getScene());
            if (window.getProperties().get(ON_SWITCH) instanceof Consumer<?> onSwitch) {
                @SuppressWarnings("unchecked")
                Consumer<ThemeChoice> redo = (Consumer<ThemeChoice>) onSwitch;
                redo.accept(theme);
            }
        }
    }

    /** Marks a window's root for the current look (after its root was built anew, for instance). */
    public static void dress(Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, current.isDark());
            scene.getRoot().pseudoClassStateChanged(PROJECTOR, current == ThemeChoice.PROJECTOR);
        }
    }

    private static void watchNewWindows() {
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(window -> dress(window.getScene()));
                }
            });
        }
    }
}
