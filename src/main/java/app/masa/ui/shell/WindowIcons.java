package app.masa.ui.shell;

import app.masa.product.AppIcons;
import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Gives a window every size of the Masa icon; the desktop picks the one it needs. */
final class WindowIcons {
    private WindowIcons() {
    }

    static void install(Stage stage) {
        for (String path : AppIcons.resourcePaths()) {
            URL url = WindowIcons.class.getResource(path);
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
