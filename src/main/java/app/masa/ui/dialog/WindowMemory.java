package app.masa.ui.dialog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;
import javafx.geometry.Dimension2D;

/**
 * The sizes the user gave the designer's secondary windows, by window name. Kept in the designer's
 * settings once {@link #use(Preferences)} names them, in memory before that.
 */
public final class WindowMemory {
    private static final String WIDTH = ".width";
    private static final String HEIGHT = ".height";
    private static final Map<String, Dimension2D> UNSAVED = new ConcurrentHashMap<>();
    private static volatile Preferences node;

    private WindowMemory() {
    }

    /** Keeps the sizes under this settings node from now on. */
    public static void use(Preferences settings) {
        node = settings;
    }

    public static Optional<Dimension2D> size(String name) {
        Preferences settings = node;
        if (settings == null) {
            return Optional.ofNullable(UNSAVED.get(name));
        }
        try {
            double width = settings.getDouble(name + WIDTH, -1);
            double height = settings.getDouble(name + HEIGHT, -1);
            return width > 0 && height > 0 ? Optional.of(new Dimension2D(width, height)) : Optional.empty();
        } catch (IllegalStateException removed) {
            // The settings were removed (a closed test's): nothing was kept there.
            return Optional.ofNullable(UNSAVED.get(name));
        }
    }

    static void remember(String name, Dimension2D size) {
        Preferences settings = node;
        if (settings == null) {
            UNSAVED.put(name, size);
            return;
        }
        try {
            settings.putDouble(name + WIDTH, Math.round(size.getWidth()));
            settings.putDouble(name + HEIGHT, Math.round(size.getHeight()));
        } catch (IllegalStateException removed) {
            // The settings were removed (a closed test's): nothing to keep them in.
        }
    }
}
