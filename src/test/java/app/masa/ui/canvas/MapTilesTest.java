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

/** Panning paints a few tiles per frame, and the view it settles into is the picture a full paint makes. */
@ExtendWith(ApplicationExtension.class)
class MapTilesTest {
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = GeneratedMapWindow.show(stage);
    }

    @Test
    void aPanPaintsAtMostTwoTilesAFrameAndSettlesIntoTheFullPicture(FxRobot robot) throws Exception {
        int[] before = new int[1];
        int[] after = new int[1];
        boolean[] complete = new boolean[2];
        robot.interact(() -> {
            canvas.repaint();
            before[0] = canvas.tiles().tileCount();
            complete[0] = canvas.tiles().isCurrent(canvas.currentLayout(), canvas.viewport());
            canvas.scrollBy(700, 450);
            after[0] = canvas.tiles().tileCount();
            complete[1] = canvas.tiles().isCurrent(canvas.currentLayout(), canvas.viewport());
        });
        assertThat(before[0]).isZero();
        assertThat(after[0]).isEqualTo(2);
        assertThat(complete).containsExactly(true, false);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> canvas.tiles().isCurrent(canvas.currentLayout(), canvas.viewport())));
        WritableImage settled = onFx(() -> mapPicture(canvas));
        WritableImage whole = onFx(() -> {
            canvas.repaint();
            return mapPicture(canvas);
        });

        int mapWidth = onFx(() -> (int) canvas.viewport().viewWidth());
        int mapHeight = onFx(() -> (int) canvas.viewport().viewHeight());
        assertThat(PixelComparison.differingShare(settled, whole, mapWidth, mapHeight, 8)).as("pixels that differ from one full paint")
                .isLessThan(0.001);
    }

    @Test
    void aSmallPanWithinThePaintedPictureMovesItWithoutPainting(FxRobot robot) {
        int[] count = new int[2];
        robot.interact(() -> {
            canvas.scrollBy(200, 100);
            canvas.repaint();
            canvas.scrollBy(-0.4, 0);
            count[0] = canvas.tiles().tileCount();
            canvas.scrollBy(0.4, 0.3);
            count[1] = canvas.tiles().tileCount();
        });
        assertThat(count).containsExactly(0, 0);
    }

}
