package app.masa.edit;

import app.masa.model.Ids;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Adds, duplicates, deletes and reorders the maps of a file (the tabs). */
final class ChangeMaps extends DeltaCommand {
    private final Function<JourneyFile, Optional<Refusal>> checker;
    private final Function<JourneyFile, Planned> planner;

    private ChangeMaps(Function<JourneyFile, Planned> planner) {
        this(document -> Optional.empty(), planner);
    }

    private ChangeMaps(Function<JourneyFile, Optional<Refusal>> checker, Function<JourneyFile, Planned> planner) {
        this.checker = checker;
        this.planner = planner;
    }

    @Override
    public Optional<Refusal> check(JourneyFile document) {
        return checker.apply(document);
    }

    @Override
    protected Planned plan(JourneyFile document) {
        return planner.apply(document);
    }

    static ChangeMaps add(JourneyMap map, int index) {
        return new ChangeMaps(document -> {
            if (document.mapIndex(map.id()) >= 0) {
                throw new IllegalArgumentException("the file already has a map with id " + map.id());
            }
            return inserted(document, map, index, Label.titled("edit.map.add", map.title()));
        });
    }

    static ChangeMaps duplicate(String mapId, String newTitle) {
        // Chosen on the first apply and kept, so that redo brings back the map under the same id.
        String[] chosenId = new String[1];
        return new ChangeMaps(document -> {
            JourneyMap source = requireMap(document, mapId);
            List<String> taken = document.maps().stream().map(JourneyMap::id).toList();
            if (chosenId[0] == null || taken.contains(chosenId[0])) {
                chosenId[0] = Ids.next("map", taken);
            }
            JourneyMap copy = source.withId(chosenId[0]).withTitle(newTitle);
            return inserted(document, copy, document.mapIndex(mapId) + 1,
                    Label.titled("edit.map.duplicate", source.title()));
        });
    }

    static ChangeMaps delete(String mapId) {
        return new ChangeMaps(document -> document.maps().size() == 1
                ? Optional.of(Refusal.of("edit.map.lastMap", requireMap(document, mapId).title()))
                : Optional.empty(), document -> {
            JourneyMap map = requireMap(document, mapId);
            ListEdit.Builder<JourneyMap> edit = ListEdit.builder();
            edit.remove(document.mapIndex(mapId), map);
            return new Planned(Label.titled("edit.map.delete", map.title()), new MapsDelta(edit.build()));
        });
    }

    static ChangeMaps move(String mapId, int newIndex) {
        return new ChangeMaps(document -> {
            JourneyMap map = requireMap(document, mapId);
            int from = document.mapIndex(mapId);
            int to = Math.max(0, Math.min(newIndex, document.maps().size() - 1));
            if (from == to) {
                return new Planned(Label.NONE, Delta.NONE);
            }
            ListEdit.Builder<JourneyMap> edit = ListEdit.builder();
            edit.remove(from, map).insert(to, map);
            return new Planned(Label.titled("edit.map.move", map.title()), new MapsDelta(edit.build()));
        });
    }

    private static Planned inserted(JourneyFile document, JourneyMap map, int index, Label label) {
        ListEdit.Builder<JourneyMap> edit = ListEdit.builder();
        edit.insert(Math.max(0, Math.min(index, document.maps().size())), map);
        return new Planned(label, new MapsDelta(edit.build()));
    }
}
