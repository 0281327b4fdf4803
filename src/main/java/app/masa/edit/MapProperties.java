package app.masa.edit;

import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;

/** The map's own settings, apart from its lists: what the map inspector edits. */
record MapProperties(String title, String scenario, String language, Direction direction, EmotionScale scale,
                     int gapThreshold, String currency, int attributionHalfLife) {
    static MapProperties of(JourneyMap map) {
        return new MapProperties(map.title(), map.scenario(), map.language(), map.direction(), map.scale(),
                map.gapThreshold(), map.currency(), map.attributionHalfLife());
    }

    MapProperties withScale(EmotionScale v) {
        return new MapProperties(title, scenario, language, direction, v, gapThreshold, currency, attributionHalfLife);
    }

    /** The map with these settings; its lists, vote and conversion paths stay as they are. */
    JourneyMap applyTo(JourneyMap map) {
        return new JourneyMap(map.id(), title, scenario, language, direction, scale, map.personas(), map.stages(),
                map.lanes(), map.cards(), map.connections(), map.created(), map.modified(), gapThreshold, currency,
                map.conversionPaths(), attributionHalfLife, map.vote(), map.extras(), map.conflicts(), map.comments(), map.links());
    }

    long estimatedBytes() {
        long bytes = 64 + Footprint.text(title) + Footprint.text(scenario) + Footprint.text(language);
        for (String label : scale.labels()) {
            bytes += Footprint.text(label);
        }
        return bytes;
    }
}
