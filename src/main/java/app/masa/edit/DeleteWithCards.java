package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** Deletes a stage or a lane together with the cards in it and their arrows, as one step. */
final class DeleteWithCards<T extends Record> extends DeltaCommand {
    private final Part<T> part;
    private final String mapId;
    private final String elementId;
    private final BiPredicate<Card, String> inside;

    private DeleteWithCards(Part<T> part, String mapId, String elementId, BiPredicate<Card, String> inside) {
        this.part = part;
        this.mapId = mapId;
        this.elementId = elementId;
        this.inside = inside;
    }

    static DeleteWithCards<Stage> stage(String mapId, String stageId) {
        return new DeleteWithCards<>(Part.STAGES, mapId, stageId, (card, id) -> card.stageId().equals(id));
    }

    static DeleteWithCards<Lane> lane(String mapId, String laneId) {
        return new DeleteWithCards<>(Part.LANES, mapId, laneId, (card, id) -> card.laneId().equals(id));
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        int at = part.require(map, elementId);
        T element = part.list().apply(map).get(at);
        ListEdit.Builder<T> band = ListEdit.builder();
        band.remove(at, element);
        ListEdit.Builder<Card> cards = ListEdit.builder();
        Set<String> gone = new HashSet<>();
        List<Card> all = map.cards();
        for (int i = 0; i < all.size(); i++) {
            Card c = all.get(i);
            if (inside.test(c, elementId)) {
                cards.remove(i, c);
                gone.add(c.id());
            }
        }
        return new Planned(part.label("delete", element), MapDelta.on(mapId)
                .edit(Part.CONNECTIONS, DeleteCards.connectionsTo(map, gone))
                .edit(Part.CARDS, cards)
                .edit(part, band)
                .build());
    }
}
