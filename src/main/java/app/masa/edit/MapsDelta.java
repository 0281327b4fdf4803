package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;

/** A change to the file's list of maps: a map added, removed or moved among the tabs. */
record MapsDelta(ListEdit<JourneyMap> edit) implements Delta {
    @Override
    public JourneyFile apply(JourneyFile document) {
        return document.withMaps(edit.apply(document.maps()));
    }

    @Override
    public JourneyFile revert(JourneyFile document) {
        return document.withMaps(edit.revert(document.maps()));
    }

    @Override
    public long estimatedBytes() {
        return 16 + edit.estimatedBytes(Footprint::of, (before, after) -> Footprint.of(before));
    }
}
