package app.masa.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Opens the designer window on a file, or on the sample map; returns when the window closes. */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    public static void launch(Path file) {
        MasaApp.setInitialFile(file);
        Application.launch(MasaApp.class);
    }
}
