package app.masa.product;

import java.util.List;

/**
 * Where the application icon lives on the class path, so the window can offer every size and let
 * the desktop pick the one it draws in the title bar, the task bar or the window switcher.
 * Plain strings keep this package free of JavaFX; the window turns each path into an image.
 */
public final class AppIcons {
    /** Pixel sizes shipped as window icons, smallest first. */
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** Absolute class-path resource names, for example {@code /app/masa/icons/masa-32.png}. */
    public static List<String> resourcePaths() {
        return SIZES.stream().map(AppIcons::resourcePath).toList();
    }

    /** The largest icon, for places that show the icon as a picture (the About dialog). */
    public static String largest() {
        return resourcePath(SIZES.get(SIZES.size() - 1));
    }

    static String resourcePath(int size) {
        return "/app/masa/icons/masa-" + size + ".png";
    }
}
