package app.masa.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole document: one file holds one or more maps (one per persona or scenario), and the brand
 * they share.
 */
public record JourneyFile(List<JourneyMap> maps, Brand brand, Extras extras) {
    public JourneyFile {
        maps = List.copyOf(Objects.requireNonNull(maps, "maps"));
        brand = brand == null ? Brand.NONE : brand;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A file without a brand. */
    public JourneyFile(List<JourneyMap> maps, Extras extras) {
        this(maps, Brand.NONE, extras);
    }

    public static JourneyFile of(JourneyMap... maps) {
        return new JourneyFile(List.of(maps), Extras.NONE);
    }

    public Optional<JourneyMap> map(String mapId) {
        return maps.stream().filter(m -> m.id().equals(mapId)).findFirst();
    }

    public int mapIndex(String mapId) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).id().equals(mapId)) {
                return i;
            }
        }
        return -1;
    }

    /** The same file with one map replaced (matched by id). */
    public JourneyFile withMap(JourneyMap map) {
        int index = mapIndex(map.id());
        if (index < 0) {
            throw new IllegalArgumentException("no map with id " + map.id());
        }
        List<JourneyMap> copy = new ArrayList<>(maps);
        copy.set(index, map);
        return new JourneyFile(copy, brand, extras);
    }

    public JourneyFile withMaps(List<JourneyMap> v) {
        return new JourneyFile(v, brand, extras);
    }

    public JourneyFile withBrand(Brand v) {
        return new JourneyFile(maps, v, extras);
    }
}
