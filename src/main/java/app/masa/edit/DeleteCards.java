package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Deletes cards and the arrows to and from them, closing the gaps they leave in their cells. */
final class DeleteCards extends DeltaCommand {
    private final String mapId;
    private final List<String> cardIds;

    DeleteCards(String mapId, Collection<String> cardIds) {
        this.mapId = mapId;
        this.cardIds = List.copyOf(cardIds);
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        List<Card> cards = map.cards();
        int[] positions = CardIndex.positionsOf(cards, cardIds);
        if (positions.length == 0) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        BitSet leaving = new BitSet(cards.size());
        ListEdit.Builder<Card> cardEdit = ListEdit.builder();
        Set<String> gone = new HashSet<>();
        for (int p : positions) {
            leaving.set(p);
            cardEdit.remove(p, cards.get(p));
            gone.add(cards.get(p).id());
        }
        CellOrders.plan(cards, leaving, null, null, 0, List.of(), cardEdit);
        String first = cards.get(CardIndex.inJourneyOrder(map, positions).get(0)).title();
        return new Planned(Label.counted("edit.card.delete", positions.length, first),
                MapDelta.on(mapId).edit(Part.CARDS, cardEdit).edit(Part.CONNECTIONS, connectionsTo(map, gone)).build());
    }

    /** Removes every arrow that starts or ends at one of the cards. */
    static ListEdit.Builder<Connection> connectionsTo(JourneyMap map, Set<String> cardIds) {
        ListEdit.Builder<Connection> edit = ListEdit.builder();
        List<Connection> connections = map.connections();
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            if (cardIds.contains(c.fromCardId()) || cardIds.contains(c.toCardId())) {
                edit.remove(i, c);
            }
        }
        return edit;
    }

    @Override
    public long estimatedBytes() {
        return super.estimatedBytes() + 16L * cardIds.size();
    }
}
