package app.masa.ui.canvas;

import app.masa.io.TemplateCatalog;
import app.masa.model.JourneyFile;
import app.masa.model.sample.MapGenerator;
import app.masa.ui.session.DocumentSession;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the canvas alone in a window, to look at it: {@code CanvasDemo [en|he|big] [fit]}. Not a
 * test; run it by hand (or under xvfb-run to take a screenshot).
 */
public final class CanvasDemo {
    private CanvasDemo() {
    }

    /** The window; a nested class so the launcher itself does not extend Application. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        String which = args.isEmpty() ? "en" : args.get(0);
        JourneyFile file = which.equals("big") ? MapGenerator.generate(7, 12, 8, 5000)
                : TemplateCatalog.builtIn().sample(which);
        DocumentSession session = new DocumentSession(file, null);
        MapCanvas canvas = new MapCanvas(session);
        stage.setScene(new Scene(canvas, 1500, 950));
        stage.setTitle("canvas demo");
        if (args.contains("keys")) {
            stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> System.out.println(
                    "key " + e.getEventType() + " " + e.getCode() + " '" + e.getCharacter() + "' -> "
                            + e.getTarget().getClass().getSimpleName() + " focus="
                            + stage.getScene().getFocusOwner()));
        }
        stage.show();
        if (args.contains("fit")) {
            Platform.runLater(canvas::fitToWindow);
        }
        // Screen positions of a few things, for driving the window with xdotool.
        Platform.runLater(() -> {
            var layout = canvas.currentLayout();
            layout.cards().stream().limit(6).forEach(c -> System.out.printf("card %s %.0f %.0f%n", c.cardId(),
                    canvas.screenPointOf(c.bounds().centerX(), c.bounds().centerY()).getX(),
                    canvas.screenPointOf(c.bounds().centerX(), c.bounds().centerY()).getY()));
            layout.cells().stream().limit(12).forEach(c -> System.out.printf("cell %s/%s %.0f %.0f %.0f%n",
                    c.stageId(), c.laneId(), canvas.screenPointOf(c.bounds().centerX(), c.bounds().y()).getX(),
                    canvas.screenPointOf(c.bounds().centerX(), c.bounds().y()).getY(),
                    canvas.screenPointOf(c.bounds().centerX(), c.bounds().maxY()).getY()));
        });
        if (args.contains("select")) {
            Platform.runLater(() -> {
                var map = session.currentMap();
                session.selection().selectCards(java.util.List.of(map.cards().get(1).id()));
            });
        }
    }

    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
