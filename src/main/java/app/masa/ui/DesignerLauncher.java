package app.masa.ui;

import java.nio.file.Path;

/** Placeholder: being written. Opens the designer window on a file, or on the sample map. */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    public static void launch(Path file) {
    }
}
