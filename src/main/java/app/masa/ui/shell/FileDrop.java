package app.masa.ui.shell;

import app.masa.ui.files.FileActions;
import app.masa.ui.files.JourneyFileNames;
import java.io.File;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Dropping a {@code .journey.json} file anywhere on the window opens it. */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Scene scene, FileActions files) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!e.isConsumed() && journeyFile(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<File> file = journeyFile(e);
            if (!e.isConsumed() && file.isPresent()) {
                e.setDropCompleted(true);
                e.consume();
                // Open after the drop finishes, so a question about unsaved changes does not block the drag.
                javafx.application.Platform.runLater(() -> files.open(file.get().toPath()));
            }
        });
    }

    private static Optional<File> journeyFile(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return e.getDragboard().getFiles().stream().filter(f -> JourneyFileNames.isJourneyFile(f.toPath())).findFirst();
    }
}
