package app.masa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.export.MapImages;
import app.masa.io.TemplateCatalog;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one picture of a map that the New dialog and the recovery dialog both show. */
@ExtendWith(ApplicationExtension.class)
class MapThumbnailTest {
    private MapLayout layout;

    @Start
    void start(Stage stage) {
        // the toolkit is running: images can be made
    }

    @BeforeEach
    void funnel() throws Exception {
        layout = new LayoutEngine().layout(TemplateCatalog.builtIn().create("funnel", "en").maps().get(0),
                LayoutOptions.canvas());
    }

    @Test
    void theThumbnailHasThePaintersPixels() {
        double scale = 200 / layout.width();
        Image image = MapThumbnail.of(layout, scale);
        BufferedImage painted = MapImages.render(layout, scale, false);
        assertThat(image.getWidth()).isEqualTo(painted.getWidth());
        assertThat(image.getHeight()).isEqualTo(painted.getHeight());
        for (int[] at : new int[][] {{0, 0}, {painted.getWidth() / 2, painted.getHeight() / 2},
                {painted.getWidth() / 3, painted.getHeight() / 4}}) {
            assertThat(image.getPixelReader().getArgb(at[0], at[1])).isEqualTo(painted.getRGB(at[0], at[1]));
        }
    }

    @Test
    void aFittedThumbnailStaysInsideTheBoxWithTheMapsProportions() {
        Image image = MapThumbnail.fitting(layout, 240, 90);
        assertThat(image.getWidth()).isLessThanOrEqualTo(240);
        assertThat(image.getHeight()).isLessThanOrEqualTo(90);
        assertThat(Math.max(image.getWidth() / 240, image.getHeight() / 90)).isCloseTo(1, within(0.02));
        assertThat(image.getWidth() / image.getHeight()).isCloseTo(layout.width() / layout.height(), within(0.1));
    }

    @Test
    void aSmallMapIsNeverEnlarged() {
        Image image = MapThumbnail.fitting(layout, layout.width() * 3, layout.height() * 3);
        assertThat(image.getWidth()).isCloseTo(layout.width(), within(1.0));
        assertThat(image.getHeight()).isCloseTo(layout.height(), within(1.0));
    }
}
