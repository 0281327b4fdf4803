package app.masa.ui.recovery;

import app.masa.export.ExportOptions;
import app.masa.export.MapImages;
import app.masa.io.JourneyFileException;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyFile;
import java.awt.image.BufferedImage;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A small picture of a recovery copy's first map, drawn by the same layout and painter as the
 * exports, so the user recognises the map before choosing. Runs off the UI thread.
 */
final class RecoveryPreview {
    private static final System.Logger LOG = System.getLogger(RecoveryPreview.class.getName());
    private RecoveryPreview() {
    }

    /** Empty when the copy cannot be read; the dialog then shows the text description only. */
    static Optional<Image> thumbnail(RecoveryStore store, RecoveryEntry entry, double maxWidth, double maxHeight) {
        try {
            JourneyFile document = store.load(entry);
            MapLayout layout = new LayoutEngine().layout(document.maps().get(0), ExportOptions.defaults().layoutOptions());
            double scale = Math.min(maxWidth / layout.width(), maxHeight / layout.height());
            return Optional.of(toFx(MapImages.render(layout, Math.min(scale, 1), false)));
        } catch (JourneyFileException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, () -> "No picture of the recovery copy " + entry.id(), e);
            return Optional.empty();
        }
    }

    private static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
