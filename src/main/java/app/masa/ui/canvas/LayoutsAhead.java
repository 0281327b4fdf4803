package app.masa.ui.canvas;

import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The layout of the map the designer's window first shows, made on the start-up thread while
 * JavaFX starts, for the canvas to take instead of laying the same map out again on the JavaFX
 * thread. A canvas takes it only for that very map object and the same options, and lays out as
 * always otherwise; the first canvas to look takes it away either way (one made after that is
 * dropped by the next window's canvas).
 */
public final class LayoutsAhead {
    private static final AtomicReference<Made> MADE = new AtomicReference<>();

    private LayoutsAhead() {
    }

    /** Lays out the file's first map as a new canvas shows it. Call off the JavaFX thread. */
    public static void make(JourneyFile file) {
        JourneyMap map = file.maps().get(0);
        LayoutOptions options = LayoutOptions.canvas().withBrand(file.brand());
        LayoutEngine engine = new LayoutEngine();
        MADE.set(new Made(map, options, engine, engine.layout(map, options)));
    }

    /**
     * What a canvas lays its maps out with: the layout made ahead the first time, when it fits, and
     * from then on the engine that made it, whose caches already know the map's cards.
     */
    static BiFunction<JourneyMap, LayoutOptions, MapLayout> layouter() {
        return new BiFunction<>() {
            private LayoutEngine engine;

            @Override
            public MapLayout apply(JourneyMap map, LayoutOptions options) {
                if (engine == null) {
                    Made made = MADE.getAndSet(null);
                    if (made != null && made.map == map && made.options.equals(options)) {
                        engine = made.engine;
                        return made.layout;
                    }
                    engine = new LayoutEngine();
                }
                return engine.layout(map, options);
            }
        };
    }

    /** The layout waiting for a canvas, if any (for tests). */
    static MapLayout waiting() {
        Made made = MADE.get();
        return made == null ? null : made.layout;
    }

    /** Handed from one thread to another whole, never changed. */
    private record Made(JourneyMap map, LayoutOptions options, LayoutEngine engine, MapLayout layout) {
    }
}
