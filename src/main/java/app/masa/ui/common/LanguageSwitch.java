package app.masa.ui.common;

import app.masa.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.stage.Window;

/**
 * Changing the interface language while windows are open. Every window that shows words says here
 * how to say them again; a switch then reaches every open window (the designer windows and the
 * tool windows floating beside them), not only the one whose menu was used.
 */
public final class LanguageSwitch {
    private static final Object REDO_WORDS = new Object();

    private LanguageSwitch() {
    }

    /** From now on, a switch of the interface language runs {@code redoWords} for this window. */
    public static void follow(Window window, Runnable redoWords) {
        window.getProperties().put(REDO_WORDS, redoWords);
    }

    /** Sets the interface language and has every open window redo its words. Call on the JavaFX thread. */
    public static void switchTo(Locale locale) {
        Messages.setLocale(locale);
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.getProperties().get(REDO_WORDS) instanceof Runnable redoWords) {
                redoWords.run();
                // a window may have built its root anew in the new language; the new root keeps the look
                ThemeSwitch.dress(window.getScene());
            }
        }
    }
}
