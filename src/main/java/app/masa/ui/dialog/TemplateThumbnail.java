package app.masa.ui.dialog;

import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.ui.common.MapThumbnail;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * A small picture of a template's first map, drawn by the same painter as the canvas and the
 * exports, so the New dialog shows what the user will get. Kept per template and language.
 */
final class TemplateThumbnail {
    private final TemplateCatalog catalog;
    private final LayoutEngine engine = new LayoutEngine();
    private final Map<String, Optional<Image>> made = new HashMap<>();
    private final double width;

    TemplateThumbnail(TemplateCatalog catalog, double width) {
        this.catalog = catalog;
        this.width = width;
    }

    Optional<Image> of(String templateId, String language) {
        return made.computeIfAbsent(templateId + "/" + language, k -> render(templateId, language));
    }

    private Optional<Image> render(String templateId, String language) {
        try {
            MapLayout layout = engine.layout(catalog.create(templateId, language).maps().get(0),
                    LayoutOptions.canvas().withPersonaHeader(false));
            return Optional.of(MapThumbnail.of(layout, width / layout.width()));
        } catch (JourneyFileException | RuntimeException e) {
            // A template that cannot be drawn still can be chosen; the dialog shows no picture for it.
            return Optional.empty();
        }
    }
}
