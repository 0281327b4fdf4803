package app.masa.ui.canvas;

import app.masa.model.sample.MapGenerator;
import app.masa.ui.session.DocumentSession;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** A generated map of 600 cards on a canvas of 1000 by 700, for the tests that look at its pictures. */
final class GeneratedMapWindow {
    static final int WIDTH = 1000;
    static final int HEIGHT = 700;

    private GeneratedMapWindow() {
    }

    /** Shows the canvas on the test's stage; call from the test's start method. */
    static MapCanvas show(Stage stage) {
        MapCanvas canvas = new MapCanvas(new DocumentSession(MapGenerator.generate(5, 10, 6, 600), null));
        stage.setScene(new Scene(canvas, WIDTH, HEIGHT));
        stage.show();
        return canvas;
    }

    /**
     * The map's picture only, on the JavaFX thread: selection or hover feedback left by an earlier
     * test is not compared.
     */
    static WritableImage mapPicture(MapCanvas canvas) {
        canvas.feedback().setVisible(false);
        return canvas.snapshot(null, null);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
