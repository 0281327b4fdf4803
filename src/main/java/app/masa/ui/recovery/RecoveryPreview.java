package app.masa.ui.recovery;

import app.masa.export.ExportOptions;
import app.masa.io.JourneyFileException;
import app.masa.io.recovery.RecoveryEntry;
import app.masa.io.recovery.RecoveryStore;
import app.masa.layout.LayoutEngine;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyFile;
import app.masa.ui.common.MapThumbnail;
import java.util.Optional;
import javafx.scene.image.Image;

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
            return Optional.of(MapThumbnail.fitting(layout, maxWidth, maxHeight));
        } catch (JourneyFileException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, () -> "No picture of the recovery copy " + entry.id(), e);
            return Optional.empty();
        }
    }
}
