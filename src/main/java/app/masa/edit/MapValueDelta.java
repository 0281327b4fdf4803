package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.function.BiFunction;

/** One of a map's own values (its vote, its conversion paths) replaced, with the old value kept for undo. */
final class MapValueDelta<T> implements Delta {
    private final String mapId;
    private final BiFunction<JourneyMap, T, JourneyMap> with;
    private final T before;
    private final T after;
    private final long bytes;

    MapValueDelta(String mapId, BiFunction<JourneyMap, T, JourneyMap> with, T before, T after, long bytes) {
        this.mapId = mapId;
        this.with = with;
        this.before = before;
        this.after = after;
        this.bytes = bytes;
    }

    @Override
    public JourneyFile apply(JourneyFile document) {
        return document.withMap(with.apply(find(document), after));
    }

    @Override
    public JourneyFile revert(JourneyFile document) {
        return document.withMap(with.apply(find(document), before));
    }

    @Override
    public long estimatedBytes() {
        return bytes;
    }

    private JourneyMap find(JourneyFile document) {
        return document.map(mapId).orElseThrow(() -> new IllegalStateException("the map " + mapId + " is gone"));
    }
}
