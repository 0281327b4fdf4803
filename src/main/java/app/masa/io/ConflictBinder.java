package app.masa.io;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import app.masa.model.Lane;
import app.masa.model.MergeConflict;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a map's "conflicts": each names a thing the map holds, at most once, and carries either
 * the other version of it (checked like the thing itself) or {@code "alternative-deletes": true}.
 */
final class ConflictBinder {
    private final MapBinder binder;
    private final Fields map;
    private final EmotionScale scale;

    ConflictBinder(MapBinder binder, Fields map, EmotionScale scale) {
        this.binder = binder;
        this.map = map;
        this.scale = scale;
    }

    List<MergeConflict> bind(String mapId, boolean hasVote, Set<String> pathIds) {
        List<MergeConflict> conflicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JourneyBinder.forEachObject(map, "conflicts", map.array("conflicts"), (f, i) -> {
            MergeConflict conflict = conflict(f, mapId, hasVote, pathIds);
            if (conflict != null && !seen.add(conflict.kind() + " " + conflict.id())) {
                f.problemAt("id", "validate.conflictTwice", conflict.id());
            } else if (conflict != null) {
                conflicts.add(conflict);
            }
        });
        return conflicts;
    }

    private MergeConflict conflict(Fields f, String mapId, boolean hasVote, Set<String> pathIds) {
        boolean complete = f.require("kind") & f.require("id");
        ConflictKind kind = f.choice("kind", ConflictKind.class);
        String id = f.string("id");
        List<String> fields = f.strings("fields");
        Boolean deletes = f.bool("alternative-deletes");
        boolean hasAlternative = f.value("alternative") != null;
        if (!complete || kind == null || id == null) {
            return null;
        }
        if (mapId != null && !binder.holds(kind, id, mapId, hasVote, pathIds)) {
            f.problemAt("id", "validate.conflictThing", kindName(kind), id);
            return null;
        }
        boolean deleted = Boolean.TRUE.equals(deletes);
        if (deleted == hasAlternative || (deleted && kind == ConflictKind.MAP)) {
            f.problemAt(hasAlternative ? "alternative" : "id", "validate.conflictAlternative", kindName(kind), id);
            return null;
        }
        if (deleted) {
            return new MergeConflict(kind, id, fields, null);
        }
        Record alternative = binder.alternative(kind, f, scale);
        if (alternative == null) {
            return null;
        }
        if (!id.equals(idOf(alternative, id))) {
            f.problemAt("alternative", "validate.conflictId", kindName(kind), id);
            return null;
        }
        return new MergeConflict(kind, id, fields, alternative);
    }

    private static String kindName(ConflictKind kind) {
        return Messages.get("conflict.kind." + Kebab.of(kind));
    }

    /** The id the other version carries; the vote has none, so it always matches. */
    private static String idOf(Record alternative, String conflictId) {
        if (alternative instanceof JourneyMap m) {
            return m.id();
        }
        if (alternative instanceof Card c) {
            return c.id();
        }
        if (alternative instanceof Stage s) {
            return s.id();
        }
        if (alternative instanceof Lane l) {
            return l.id();
        }
        if (alternative instanceof Connection c) {
            return c.id();
        }
        if (alternative instanceof Persona p) {
            return p.id();
        }
        if (alternative instanceof ConversionPath p) {
            return p.id();
        }
        return conflictId;
    }
}
