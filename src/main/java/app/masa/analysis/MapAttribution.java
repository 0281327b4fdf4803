package app.masa.analysis;

import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import java.util.List;

/** Attribution on a map's recorded conversion paths, per touchpoint and per channel. */
public record MapAttribution(AttributionTable byStep, AttributionTable byChannel, Credit unattributed, double halfLife) {

    public static MapAttribution of(JourneyMap map) {
        List<TouchPath> paths = paths(map);
        StepNames names = new StepNames(map);
        double halfLife = map.attributionHalfLife();
        return new MapAttribution(AttributionTable.of(paths, halfLife),
                AttributionTable.grouped(paths, halfLife, names::channelKey),
                Attribution.unattributed(paths), halfLife);
    }

    /** The map's conversion paths as the models read them, on the cards the map has now. */
    public static List<TouchPath> paths(JourneyMap map) {
        return map.standingConversionPaths().stream().map(MapAttribution::path).toList();
    }

    static TouchPath path(ConversionPath path) {
        return new TouchPath(path.steps(), path.conversions(), path.value());
    }

    public boolean isEmpty() {
        return byStep.isEmpty();
    }
}
