package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes the map's own settings: title, scenario, language, reading direction, emotion scale, gap
 * threshold, currency and attribution half-life. A scale with fewer levels pulls the scores (and
 * expected scores) that fall outside it to its nearest level, in the same
 * step, so undo gives them back. Typing in a text field merges into one step.
 */
final class ChangeMap extends DeltaCommand {
    /** Which label a change of one field gets ("title" is a rename); any other field is an edit. */
    static final Map<String, String> ACTIONS = Map.of("title", "rename", "scenario", "scenario",
            "language", "language", "direction", "direction", "scale", "scale", "gapThreshold", "gapThreshold",
            "currency", "currency", "attributionHalfLife", "attributionHalfLife");

    private final String mapId;
    private final String field;
    private final UnaryOperator<MapProperties> change;

    private ChangeMap(String mapId, String field, UnaryOperator<MapProperties> change) {
        this.mapId = mapId;
        this.field = field;
        this.change = change;
    }

    private ChangeMap(ChangeMap first, ChangeMap next, Delta folded) {
        super(new Planned(first.planned().label(), folded));
        this.mapId = first.mapId;
        this.field = first.field;
        this.change = next.change;
    }

    static ChangeMap of(JourneyMap before, JourneyMap after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change keeps the map's id: " + before.id());
        }
        MapProperties wanted = MapProperties.of(after);
        return new ChangeMap(before.id(), Fields.single(MapProperties.of(before), wanted, Set.of()), current -> wanted);
    }

    static ChangeMap scale(String mapId, EmotionScale scale) {
        return new ChangeMap(mapId, "scale", current -> current.withScale(scale));
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        MapProperties current = MapProperties.of(map);
        MapProperties wanted = change.apply(current);
        if (wanted.equals(current)) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        MapDelta.Builder delta = MapDelta.on(mapId).properties(current, wanted);
        if (!wanted.scale().equals(current.scale())) {
            delta.edit(Part.CARDS, clampScores(map.cards(), wanted.scale()));
        }
        return new Planned(Label.titled("edit.map." + ACTIONS.getOrDefault(field, "edit"), map.title()),
                delta.build());
    }

    private static ListEdit.Builder<Card> clampScores(List<Card> cards, EmotionScale scale) {
        ListEdit.Builder<Card> edit = ListEdit.builder();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            Card clamped = c.clampedTo(scale);
            if (clamped != c) {
                edit.replace(i, c, clamped);
            }
        }
        return edit;
    }

    /** Text typed into one field merges; scale changes stay separate, as each may clamp other cards. */
    @Override
    public Optional<Command> mergeWith(Command next) {
        if (!(next instanceof ChangeMap other) || !other.mapId.equals(mapId) || !other.field.equals(field)
                || field.equals("scale") || field.equals(Fields.SEVERAL)
                || planned() == null || other.planned() == null) {
            return Optional.empty();
        }
        return MapDelta.fold(planned().delta(), other.planned().delta()).map(d -> new ChangeMap(this, other, d));
    }
}
