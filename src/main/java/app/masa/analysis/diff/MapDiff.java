package app.masa.analysis.diff;

import app.masa.analysis.diff.Change.Element;
import app.masa.analysis.diff.Change.Kind;
import app.masa.i18n.SignedNumber;
import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one version of a journey file to another, by meaning rather than by lines:
 * maps, stages, lanes, cards, arrows, personas, conversion paths and the vote are matched by id, so
 * a card that moved is one move, not a line removed here and added there.
 */
public final class MapDiff {
    private MapDiff() {
    }

    /** The changes from {@code before} to {@code after}, map by map in the later file's order. */
    public static List<Change> between(JourneyFile before, JourneyFile after) {
        List<Change> changes = new ArrayList<>();
        Map<String, JourneyMap> old = byId(before.maps(), JourneyMap::id);
        Map<String, JourneyMap> now = byId(after.maps(), JourneyMap::id);
        for (JourneyMap map : before.maps()) {
            if (!now.containsKey(map.id())) {
                changes.add(Change.of(map.title(), Kind.REMOVED, Element.MAP, map.id(), map.title()));
            }
        }
        for (JourneyMap map : after.maps()) {
            JourneyMap was = old.get(map.id());
            if (was == null) {
                changes.add(Change.of(map.title(), Kind.ADDED, Element.MAP, map.id(), map.title()));
            } else {
                changes.addAll(between(was, map));
            }
        }
        return changes;
    }

    /** The changes within one map. */
    public static List<Change> between(JourneyMap before, JourneyMap after) {
        List<Change> changes = new ArrayList<>();
        String title = after.title();
        if (!before.title().equals(after.title())) {
            changes.add(new Change(title, Kind.RENAMED, Element.MAP, after.id(), title, before.title(), ""));
        }
        List<String> mapFields = new ArrayList<>();
        field(mapFields, "scenario", before.scenario(), after.scenario());
        field(mapFields, "language", before.language(), after.language());
        field(mapFields, "direction", before.direction(), after.direction());
        field(mapFields, "scale", before.scale(), after.scale());
        field(mapFields, "currency", before.currency(), after.currency());
        field(mapFields, "gap-threshold", before.gapThreshold(), after.gapThreshold());
        field(mapFields, "attribution-half-life", before.attributionHalfLife(), after.attributionHalfLife());
        if (!mapFields.isEmpty()) {
            changes.add(new Change(title, Kind.CHANGED, Element.MAP, after.id(), title, "", Change.fields(mapFields)));
        }
        stages(title, before, after, changes);
        lanes(title, before, after, changes);
        cards(title, before, after, changes);
        connections(title, before, after, changes);
        personas(title, before, after, changes);
        paths(title, before, after, changes);
        if (!Objects.equals(before.vote(), after.vote())) {
            changes.add(new Change(title, before.vote() == null ? Kind.ADDED : after.vote() == null ? Kind.REMOVED
                    : Kind.CHANGED, Element.VOTE, "", "", "", ""));
        }
        return changes;
    }

    private static void stages(String map, JourneyMap before, JourneyMap after, List<Change> changes) {
        Map<String, Stage> old = byId(before.stages(), Stage::id);
        Map<String, Stage> now = byId(after.stages(), Stage::id);
        removed(map, Element.STAGE, before.stages(), now, Stage::id, Stage::name, changes);
        for (int i = 0; i < after.stages().size(); i++) {
            Stage stage = after.stages().get(i);
            Stage was = old.get(stage.id());
            if (was == null) {
                changes.add(Change.of(map, Kind.ADDED, Element.STAGE, stage.id(), stage.name()));
                continue;
            }
            if (!was.name().equals(stage.name())) {
                changes.add(new Change(map, Kind.RENAMED, Element.STAGE, stage.id(), stage.name(), was.name(), ""));
            }
            int at = before.stages().indexOf(was);
            if (at != i) {
                changes.add(new Change(map, Kind.MOVED, Element.STAGE, stage.id(), stage.name(),
                        String.valueOf(at + 1), String.valueOf(i + 1)));
            }
            List<String> fields = new ArrayList<>();
            field(fields, "description", was.description(), stage.description());
            field(fields, "width", was.width(), stage.width());
            field(fields, "color", was.color(), stage.color());
            field(fields, "nps", was.nps(), stage.nps());
            changed(map, Element.STAGE, stage.id(), stage.name(), fields, changes);
        }
    }

    private static void lanes(String map, JourneyMap before, JourneyMap after, List<Change> changes) {
        Map<String, Lane> old = byId(before.lanes(), Lane::id);
        Map<String, Lane> now = byId(after.lanes(), Lane::id);
        removed(map, Element.LANE, before.lanes(), now, Lane::id, Lane::title, changes);
        for (int i = 0; i < after.lanes().size(); i++) {
            Lane lane = after.lanes().get(i);
            Lane was = old.get(lane.id());
            if (was == null) {
                changes.add(Change.of(map, Kind.ADDED, Element.LANE, lane.id(), lane.title()));
                continue;
            }
            if (!was.title().equals(lane.title())) {
                changes.add(new Change(map, Kind.RENAMED, Element.LANE, lane.id(), lane.title(), was.title(), ""));
            }
            int at = before.lanes().indexOf(was);
            if (at != i) {
                changes.add(new Change(map, Kind.MOVED, Element.LANE, lane.id(), lane.title(),
                        String.valueOf(at + 1), String.valueOf(i + 1)));
            }
            List<String> fields = new ArrayList<>();
            field(fields, "kind", was.kind(), lane.kind());
            field(fields, "height", was.height(), lane.height());
            field(fields, "color", was.color(), lane.color());
            field(fields, "collapsed", was.collapsed(), lane.collapsed());
            changed(map, Element.LANE, lane.id(), lane.title(), fields, changes);
        }
    }

    private static void cards(String map, JourneyMap before, JourneyMap after, List<Change> changes) {
        Map<String, Card> old = byId(before.cards(), Card::id);
        Map<String, Card> now = byId(after.cards(), Card::id);
        removed(map, Element.CARD, before.cards(), now, Card::id, Card::title, changes);
        for (Card card : after.cards()) {
            Card was = old.get(card.id());
            if (was == null) {
                changes.add(new Change(map, Kind.ADDED, Element.CARD, card.id(), card.title(), "", place(after, card)));
                continue;
            }
            if (!was.stageId().equals(card.stageId()) || !was.laneId().equals(card.laneId())) {
                changes.add(new Change(map, Kind.MOVED, Element.CARD, card.id(), card.title(), place(before, was),
                        place(after, card)));
            }
            if (!Objects.equals(was.score(), card.score())) {
                changes.add(new Change(map, Kind.RESCORED, Element.CARD, card.id(), card.title(), score(was.score()),
                        score(card.score())));
            }
            if (!Objects.equals(was.title(), card.title())) {
                changes.add(new Change(map, Kind.RENAMED, Element.CARD, card.id(), card.title(), was.title(), ""));
            }
            if (!Objects.equals(was.body(), card.body())) {
                changes.add(Change.of(map, Kind.TEXT_CHANGED, Element.CARD, card.id(), card.title()));
            }
            List<String> fields = new ArrayList<>();
            field(fields, "type", was.type(), card.type());
            field(fields, "channel", was.channel(), card.channel());
            field(fields, "tags", was.tags(), card.tags());
            field(fields, "color", was.color(), card.color());
            field(fields, "touchpoint", was.touchpoint(), card.touchpoint());
            field(fields, "metrics", was.metrics(), card.metrics());
            field(fields, "evidence", was.evidence(), card.evidence());
            field(fields, "opportunity", was.opportunity(), card.opportunity());
            field(fields, "picture", was.picture(), card.picture());
            changed(map, Element.CARD, card.id(), card.title(), fields, changes);
        }
    }

    private static void connections(String map, JourneyMap before, JourneyMap after, List<Change> changes) {
        Map<String, Connection> old = byId(before.connections(), Connection::id);
        Map<String, Connection> now = byId(after.connections(), Connection::id);
        removed(map, Element.CONNECTION, before.connections(), now, Connection::id, c -> arrow(before, c), changes);
        for (Connection c : after.connections()) {
            Connection was = old.get(c.id());
            if (was == null) {
                changes.add(Change.of(map, Kind.ADDED, Element.CONNECTION, c.id(), arrow(after, c)));
                continue;
            }
            if (!was.label().equals(c.label())) {
                changes.add(new Change(map, Kind.RENAMED, Element.CONNECTION, c.id(), arrow(after, c), was.label(), ""));
            }
            List<String> fields = new ArrayList<>();
            field(fields, "from", was.fromCardId(), c.fromCardId());
            field(fields, "to", was.toCardId(), c.toCardId());
            changed(map, Element.CONNECTION, c.id(), arrow(after, c), fields, changes);
        }
    }

    private static void personas(String map, JourneyMap before, JourneyMap after, List<Change> changes) {
        Map<String, Persona> old = byId(before.personas(), Persona::id);
        Map<String, Persona> now = byId(after.personas(), Persona::id);
        removed(map, Element.PERSONA, before.personas(), now, Persona::id, Persona::name, changes);
        for (Persona persona : after.personas()) {
            Persona was = old.get(persona.id());
            if (was == null) {
                changes.add(Change.of(map, Kind.ADDED, Element.PERSONA, persona.id(), persona.name()));
            } else if (!was.name().equals(persona.name())) {
                changes.add(new Change(map, Kind.RENAMED, Element.PERSONA, persona.id(), persona.name(), was.name(), ""));
            } else if (!was.equals(persona)) {
                changes.add(Change.of(map, Kind.CHANGED, Element.PERSONA, persona.id(), persona.name()));
            }
        }
    }

    private static void paths(String map, JourneyMap before, JourneyMap after, List<Change> changes) {
        Map<String, ConversionPath> old = byId(before.conversionPaths(), ConversionPath::id);
        Map<String, ConversionPath> now = byId(after.conversionPaths(), ConversionPath::id);
        removed(map, Element.PATH, before.conversionPaths(), now, ConversionPath::id, ConversionPath::id, changes);
        for (ConversionPath path : after.conversionPaths()) {
            ConversionPath was = old.get(path.id());
            if (was == null) {
                changes.add(Change.of(map, Kind.ADDED, Element.PATH, path.id(), path.id()));
                continue;
            }
            List<String> fields = new ArrayList<>();
            field(fields, "steps", was.steps(), path.steps());
            field(fields, "conversions", was.conversions(), path.conversions());
            field(fields, "value", was.value(), path.value());
            changed(map, Element.PATH, path.id(), path.id(), fields, changes);
        }
    }

    private static <T> void removed(String map, Element element, List<T> before, Map<String, T> now,
                                    Function<T, String> id, Function<T, String> name, List<Change> changes) {
        for (T item : before) {
            if (!now.containsKey(id.apply(item))) {
                changes.add(Change.of(map, Kind.REMOVED, element, id.apply(item), name.apply(item)));
            }
        }
    }

    private static void changed(String map, Element element, String id, String name, List<String> fields,
                                List<Change> changes) {
        if (!fields.isEmpty()) {
            changes.add(new Change(map, Kind.CHANGED, element, id, name, "", Change.fields(fields)));
        }
    }

    private static void field(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    /** "Awareness · Touchpoints": where a card stands, by the names a person knows. */
    private static String place(JourneyMap map, Card card) {
        String stage = map.stage(card.stageId()).map(Stage::name).orElse(card.stageId());
        String lane = map.lane(card.laneId()).map(Lane::title).orElse(card.laneId());
        return stage + " \u00b7 " + lane;
    }

    /** "Sponsored post → Home page": an arrow by the titles of its two cards. */
    static String arrow(JourneyMap map, Connection c) {
        return title(map, c.fromCardId()) + " \u2192 " + title(map, c.toCardId());
    }

    private static String title(JourneyMap map, String cardId) {
        return map.card(cardId).map(Card::title).orElse(cardId);
    }

    private static String score(Integer score) {
        return score == null ? "\u2013" : SignedNumber.of(score);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
