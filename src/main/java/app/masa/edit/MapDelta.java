package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Changes inside one map: to some of its lists and perhaps to its own settings. */
final class MapDelta implements Delta {
    private final String mapId;
    private final List<PartEdit<?>> edits;
    private final MapProperties before;
    private final MapProperties after;

    private MapDelta(String mapId, List<PartEdit<?>> edits, MapProperties before, MapProperties after) {
        this.mapId = mapId;
        this.edits = List.copyOf(edits);
        this.before = before;
        this.after = after;
    }

    static Builder on(String mapId) {
        return new Builder(mapId);
    }

    String mapId() {
        return mapId;
    }

    List<PartEdit<?>> edits() {
        return edits;
    }

    MapProperties before() {
        return before;
    }

    MapProperties after() {
        return after;
    }

    /**
     * This change followed by {@code next} as one change, when {@code next} replaces again the very
     * elements (and settings) this one replaced: the steps of one gesture. Empty otherwise.
     */
    static Optional<Delta> fold(Delta first, Delta next) {
        if (!(first instanceof MapDelta a) || !(next instanceof MapDelta b) || !a.mapId.equals(b.mapId)
                || a.edits.size() != b.edits.size() || (a.before == null) != (b.before == null)) {
            return Optional.empty();
        }
        List<PartEdit<?>> folded = new ArrayList<>(a.edits.size());
        for (int i = 0; i < a.edits.size(); i++) {
            Optional<PartEdit<?>> one = a.edits.get(i).fold(b.edits.get(i));
            if (one.isEmpty()) {
                return Optional.empty();
            }
            folded.add(one.get());
        }
        return Optional.of(new MapDelta(a.mapId, folded, a.before, b.after));
    }

    @Override
    public JourneyFile apply(JourneyFile document) {
        JourneyMap map = find(document);
        for (PartEdit<?> edit : edits) {
            map = edit.apply(map);
        }
        if (after != null) {
            map = after.applyTo(map);
        }
        return document.withMap(map);
    }

    @Override
    public JourneyFile revert(JourneyFile document) {
        JourneyMap map = find(document);
        if (before != null) {
            map = before.applyTo(map);
        }
        for (int i = edits.size() - 1; i >= 0; i--) {
            map = edits.get(i).revert(map);
        }
        return document.withMap(map);
    }

    @Override
    public long estimatedBytes() {
        long bytes = 48;
        for (PartEdit<?> edit : edits) {
            bytes += edit.estimatedBytes();
        }
        if (before != null) {
            bytes += before.estimatedBytes() + after.estimatedBytes();
        }
        return bytes;
    }

    private JourneyMap find(JourneyFile document) {
        return document.map(mapId).orElseThrow(() -> new IllegalStateException("the map " + mapId + " is gone"));
    }

    static final class Builder {
        private final String mapId;
        private final List<PartEdit<?>> edits = new ArrayList<>();
        private MapProperties before;
        private MapProperties after;

        private Builder(String mapId) {
            this.mapId = mapId;
        }

        /** Adds a change to one list; lists change in the order they are added and change back in reverse. */
        <T extends Record> Builder edit(Part<T> part, ListEdit.Builder<T> edit) {
            if (!edit.isEmpty()) {
                edits.add(new PartEdit<>(part, edit.build()));
            }
            return this;
        }

        <T extends Record> Builder edit(Part<T> part, ListEdit<T> edit) {
            if (!edit.isEmpty()) {
                edits.add(new PartEdit<>(part, edit));
            }
            return this;
        }

        /** Changes the map's settings after its lists. */
        Builder properties(MapProperties old, MapProperties now) {
            if (!old.equals(now)) {
                before = old;
                after = now;
            }
            return this;
        }

        Delta build() {
            return edits.isEmpty() && before == null ? Delta.NONE : new MapDelta(mapId, edits, before, after);
        }
    }
}
