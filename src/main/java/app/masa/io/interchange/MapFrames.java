package app.masa.io.interchange;

import app.masa.model.JourneyMap;
import java.util.List;

/** A map's frame: its stages, lanes, scale and settings, without the content an import replaces. */
public final class MapFrames {
    private MapFrames() {
    }

    /** The map without cards, connections, personas, conversion paths or vote. */
    public static JourneyMap blank(JourneyMap map) {
        return map.withCards(List.of()).withConnections(List.of()).withPersonas(List.of())
                .withConversionPaths(List.of()).withVote(null);
    }
}
