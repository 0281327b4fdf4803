package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Picture;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes what one card says (title, text, type, channel, score, tags, colour) without moving it.
 * Successive changes of the same field of the same card merge, so typing a title or dragging a
 * curve point is one undo step.
 */
final class ChangeCard extends DeltaCommand {
    /** A card's place is changed by moving it, never by editing it. */
    static final Set<String> PLACE = Set.of("id", "stageId", "laneId", "order");

    private final String mapId;
    private final String cardId;
    private final String field;
    private final UnaryOperator<Card> change;

    private ChangeCard(String mapId, String cardId, String field, UnaryOperator<Card> change) {
        this.mapId = mapId;
        this.cardId = cardId;
        this.field = field;
        this.change = change;
    }

    private ChangeCard(ChangeCard first, ChangeCard next, Delta folded) {
        super(new Planned(first.planned().label(), folded));
        this.mapId = first.mapId;
        this.cardId = first.cardId;
        this.field = first.field;
        this.change = next.change;
    }

    /** Gives the card the content of {@code after}; its place stays where it is. */
    static ChangeCard of(String mapId, Card before, Card after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change keeps the card's id: " + before.id() + " became " + after.id());
        }
        return new ChangeCard(mapId, before.id(), Fields.single(before, after, PLACE),
                current -> after.withPlace(current.stageId(), current.laneId(), current.order()));
    }

    static ChangeCard score(String mapId, String cardId, Integer score) {
        return new ChangeCard(mapId, cardId, "score", current -> current.withScore(score));
    }

    static ChangeCard picture(String mapId, String cardId, Picture picture) {
        return new ChangeCard(mapId, cardId, "picture", current -> current.withPicture(picture));
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        int at = Part.CARDS.require(map, cardId);
        Card current = map.cards().get(at);
        Card changed = change.apply(current);
        if (changed.equals(current)) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        return new Planned(Part.CARDS.label(Part.CARDS.fieldKey().getOrDefault(field, "edit"), current),
                MapDelta.on(mapId).edit(Part.CARDS, ListEdit.replace(at, current, changed)).build());
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (!(next instanceof ChangeCard other) || !other.mapId.equals(mapId) || !other.cardId.equals(cardId)
                || !other.field.equals(field) || planned() == null || other.planned() == null) {
            return Optional.empty();
        }
        return MapDelta.fold(planned().delta(), other.planned().delta()).map(d -> new ChangeCard(this, other, d));
    }
}
