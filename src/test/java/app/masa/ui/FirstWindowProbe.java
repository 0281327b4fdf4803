package app.masa.ui;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Starts Masa exactly as its jar does ({@code app.masa.Main} without arguments), prints
 * {@link #SHOWN} once the designer's window shows, and ends the JVM. {@link QuietStartTest} runs it
 * in a JVM of its own, so the JavaFX toolkit starts there for the first time.
 */
public final class FirstWindowProbe {
    static final String SHOWN = "first window shown";

    private FirstWindowProbe() {
    }

    public static void main(String[] args) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            if (!change.getList().isEmpty()) {
                System.out.println(SHOWN);
                System.out.flush();
                System.exit(0);
            }
        });
        app.masa.Main.main(new String[0]);
    }
}
