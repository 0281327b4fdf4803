package app.masa.ui.canvas;

import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyMap;
import java.util.function.BiFunction;

/**
 * Lays a map out once per map value: scrolling, zooming and dragging repaint the same layout, and
 * only a changed document (a new, immutable map) or changed options costs a new layout.
 */
final class LayoutCache {
    private final BiFunction<JourneyMap, LayoutOptions, MapLayout> layouter;
    private JourneyMap lastMap;
    private LayoutOptions lastOptions;
    private MapLayout lastLayout;
    private LayoutIndex lastIndex;

    LayoutCache(BiFunction<JourneyMap, LayoutOptions, MapLayout> layouter) {
        this.layouter = layouter;
    }

    MapLayout layoutOf(JourneyMap map, LayoutOptions options) {
        if (map != lastMap || !options.equals(lastOptions)) {
            lastLayout = layouter.apply(map, options);
            lastIndex = null;
            lastMap = map;
            lastOptions = options;
        }
        return lastLayout;
    }

    /** Lookups by id for the current layout, built on first use. */
    LayoutIndex index() {
        if (lastIndex == null && lastLayout != null) {
            lastIndex = new LayoutIndex(lastLayout);
        }
        return lastIndex;
    }
}
