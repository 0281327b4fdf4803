package app.masa.edit;

import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import java.util.Optional;

/**
 * Settles one merge conflict: keeping the version the map holds only drops the conflict; taking
 * the other version puts it in the thing's place (or deletes the thing) and drops the conflict.
 * Undo brings back the map as it was, conflict included.
 */
final class ResolveConflict {
    private ResolveConflict() {
    }

    static Command keep(String mapId, ConflictKind kind, String id) {
        return command(mapId, kind, id, false, Label.plain("edit.conflict.keep", 1));
    }

    static Command takeOther(String mapId, ConflictKind kind, String id) {
        return command(mapId, kind, id, true, Label.plain("edit.conflict.takeOther", 1));
    }

    private static Command command(String mapId, ConflictKind kind, String id, boolean takeOther,
                                   Label label) {
        SetMapValue.Checker<JourneyMap> checker = (map, current) -> map.conflict(kind, id).isPresent()
                ? Optional.empty() : Optional.of(Refusal.of("edit.conflict.none"));
        return new SetMapValue<>(mapId, map -> map, (map, value) -> value,
                map -> 256L + 64L * map.conflicts().size(), checker, (map, current) -> {
                    MergeConflict conflict = map.conflict(kind, id).orElseThrow();
                    JourneyMap resolved = takeOther ? OtherVersion.apply(map, conflict) : map;
                    return new SetMapValue.Change<>(resolved.withConflicts(
                            map.conflicts().stream().filter(c -> c != conflict).toList()), label);
                });
    }
}
