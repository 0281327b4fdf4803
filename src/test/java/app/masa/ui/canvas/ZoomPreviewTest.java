package app.masa.ui.canvas;

import static app.masa.ui.canvas.GeneratedMapWindow.mapPicture;
import static app.masa.ui.canvas.GeneratedMapWindow.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the zoom changes, a preview stands in for the tiles: at once the picture the tiles showed,
 * resampled to the new zoom, then a sharp one painted on a worker thread; when the zoom settles,
 * the tiles again. Each stage is compared with what the canvas itself paints at that zoom.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPreviewTest {
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = GeneratedMapWindow.show(stage);
    }

    @Test
    void aZoomShowsTheMapAtOnceThenSharpThenInTiles(FxRobot robot) throws Exception {
        boolean[] previewing = new boolean[1];
        WritableImage resampled = onFx(() -> {
            canvas.scrollBy(300, 200);
            canvas.repaint();
            canvas.zoomIn();
            // The worker's first picture may take longer than the pause before the tiles take over.
            canvas.settling().stop();
            previewing[0] = canvas.tiles().isPreviewing();
            // In the same pulse: the worker's picture cannot have arrived yet.
            return mapPicture(canvas);
        });
        assertThat(previewing[0]).as("the preview stands in for the tiles").isTrue();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> canvas.tiles().isPreviewSharp()));
        WritableImage sharp = onFx(() -> mapPicture(canvas));
        robot.interact(() -> canvas.settling().playFromStart());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> canvas.tiles().isCurrent(canvas.currentLayout(), canvas.viewport())));
        assertThat(onFx(() -> canvas.tiles().isPreviewing())).as("the tiles are back once the zoom settled").isFalse();
        WritableImage settled = onFx(() -> mapPicture(canvas));

        int w = onFx(() -> (int) canvas.viewport().viewWidth());
        int h = onFx(() -> (int) canvas.viewport().viewHeight());
        // Two painters smooth glyph edges differently (a trace of difference); shapes and their
        // places are the same, which a picture off by one pixel would not be.
        double sharpShare = PixelComparison.differingShare(sharp, settled, w, h, 96);
        double resampledShare = PixelComparison.differingShare(resampled, settled, w, h, 96);
        assertThat(sharpShare).as("the worker's picture against the canvas's own paint").isLessThan(0.002);
        // Enlarged, the old picture has blocky edges, but everything is in its place.
        assertThat(resampledShare).as("the first, enlarged picture against the canvas's own paint")
                .isLessThan(0.03).isGreaterThan(sharpShare);
    }

    @Test
    void zoomingBackToThePaintedZoomShowsTheTilesAgain(FxRobot robot) throws Exception {
        boolean[] previewing = new boolean[2];
        robot.interact(() -> {
            canvas.zoomReset();
            canvas.repaint();
            canvas.zoomOut();
            previewing[0] = canvas.tiles().isPreviewing();
            canvas.zoomReset();
            previewing[1] = canvas.tiles().isPreviewing();
        });
        assertThat(previewing).containsExactly(true, false);
    }


}
