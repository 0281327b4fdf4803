package app.masa.ui.common;

import app.masa.export.MapImages;
import app.masa.layout.MapLayout;
import javafx.scene.image.Image;

/**
 * A small picture of a laid-out map, drawn by the same painter as the exports, for windows that
 * show a map before it is opened (the New dialog, the recovery dialog). Safe off the UI thread.
 */
public final class MapThumbnail {
    private MapThumbnail() {
    }

    /** The map drawn at {@code scale} of its laid-out size. */
    public static Image of(MapLayout layout, double scale) {
        return FxImages.toFx(MapImages.render(layout, scale, false));
    }

    /** The map drawn to fit within the box, never enlarged. */
    public static Image fitting(MapLayout layout, double maxWidth, double maxHeight) {
        double scale = Math.min(maxWidth / layout.width(), maxHeight / layout.height());
        return of(layout, Math.min(scale, 1));
    }
}
