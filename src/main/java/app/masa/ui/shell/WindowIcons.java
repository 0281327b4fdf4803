package app.masa.ui.shell;

import app.masa.product.AppIcons;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Gives a window every size of the Masa icon; the desktop picks the one it needs. The pictures are
 * decoded beside the JavaFX thread, which would otherwise spend about 40 ms of the first window's
 * start on them; the window takes them as soon as they are ready, a moment after it shows.
 */
final class WindowIcons {
    private WindowIcons() {
    }

    static void install(Stage stage) {
        CompletableFuture.supplyAsync(WindowIcons::decode)
                .thenAcceptAsync(icons -> stage.getIcons().setAll(icons), Platform::runLater);
    }

    private static List<Image> decode() {
        List<Image> icons = new ArrayList<>();
        for (String path : AppIcons.resourcePaths()) {
            URL url = WindowIcons.class.getResource(path);
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
