package app.masa.ui;

import app.masa.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/** Opens the designer window on a file, or on the sample map; returns when the window closes. */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    public static void launch(Path file) {
        if (noDisplay()) {
            // JavaFX would fail deep inside its start-up with a message that names no remedy.
            throw new IllegalStateException(Messages.get("ui.launch.noDisplay"));
        }
        MasaApp.setInitialFile(file);
        Java2dSetup.begin();
        MasaApp.beginStartupWork();
        ClassPathWarningFilter.install();
        Application.launch(MasaApp.class);
    }

    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean usesX11OrWayland = !os.contains("win") && !os.contains("mac");
        return usesX11OrWayland && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
