package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Moves cards to a slot of one cell, or reorders them inside it, keeping the order they had in the
 * journey; every cell they leave or enter is numbered 0, 1, 2… again.
 */
final class MoveCards extends DeltaCommand {
    private final String mapId;
    private final List<String> cardIds;
    private final String stageId;
    private final String laneId;
    private final int slot;

    MoveCards(String mapId, List<String> cardIds, String stageId, String laneId, int slot) {
        this.mapId = mapId;
        this.cardIds = List.copyOf(cardIds);
        this.stageId = stageId;
        this.laneId = laneId;
        this.slot = slot;
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        CardIndex.requireCell(map, stageId, laneId);
        List<Card> cards = map.cards();
        int[] positions = CardIndex.positionsOf(cards, cardIds);
        if (positions.length == 0) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        BitSet leaving = new BitSet(cards.size());
        List<CellOrders.Arrival> arrivals = new ArrayList<>(positions.length);
        for (int p : CardIndex.inJourneyOrder(map, positions)) {
            leaving.set(p);
            arrivals.add(new CellOrders.Arrival(p, cards.get(p)));
        }
        ListEdit.Builder<Card> edit = ListEdit.builder();
        CellOrders.plan(cards, leaving, stageId, laneId, slot, arrivals, edit);
        Label label = Label.counted("edit.card.move", positions.length, arrivals.get(0).card().title());
        return new Planned(label, MapDelta.on(mapId).edit(Part.CARDS, edit).build());
    }

    @Override
    public long estimatedBytes() {
        return super.estimatedBytes() + 16L * cardIds.size();
    }
}
