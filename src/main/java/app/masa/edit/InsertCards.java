package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.Ids;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts cards into one cell at a slot: a new card, copies of cards of the map (duplicate, Ctrl-drag)
 * or cards from the clipboard (paste). The cell's later cards move down to make room.
 */
final class InsertCards extends DeltaCommand {
    private final String mapId;
    private final List<String> sourceIds;
    private final List<Card> given;
    private final String stageId;
    private final String laneId;
    private final int slot;
    private final boolean freshIds;
    private final String labelKey;
    /** Chosen on the first apply, so that redo brings back the very same cards. */
    private String[] chosenIds;

    private InsertCards(String mapId, List<String> sourceIds, List<Card> given, String stageId, String laneId, int slot,
                        boolean freshIds, String labelKey) {
        this.mapId = mapId;
        this.sourceIds = sourceIds;
        this.given = given;
        this.stageId = stageId;
        this.laneId = laneId;
        this.slot = slot;
        this.freshIds = freshIds;
        this.labelKey = labelKey;
    }

    /** A new card, keeping its id, at its {@code order} in its cell. */
    static InsertCards add(String mapId, Card card) {
        return new InsertCards(mapId, null, List.of(card), card.stageId(), card.laneId(), card.order(), false,
                "edit.card.add");
    }

    static InsertCards duplicate(String mapId, List<String> cardIds, String stageId, String laneId, int slot) {
        return new InsertCards(mapId, List.copyOf(cardIds), null, stageId, laneId, slot, true, "edit.card.duplicate");
    }

    static InsertCards paste(String mapId, List<Card> cards, String stageId, String laneId, int slot) {
        return new InsertCards(mapId, null, List.copyOf(cards), stageId, laneId, slot, true, "edit.card.paste");
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        CardIndex.requireCell(map, stageId, laneId);
        List<Card> sources = sources(map);
        if (sources.isEmpty()) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        String[] ids = freshIds ? freshIds(map, sources.size()) : keptIds(map, sources);
        List<CellOrders.Arrival> arrivals = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            Card card = sources.get(i).withId(ids[i]).clampedTo(map.scale());
            arrivals.add(new CellOrders.Arrival(-1, card));
        }
        ListEdit.Builder<Card> cards = ListEdit.builder();
        CellOrders.plan(map.cards(), new BitSet(), stageId, laneId, slot, arrivals, cards);
        Label label = labelKey.equals("edit.card.add") ? Label.titled(labelKey, sources.get(0).title())
                : Label.counted(labelKey, sources.size(), sources.get(0).title());
        return new Planned(label, MapDelta.on(mapId).edit(Part.CARDS, cards).build());
    }

    private List<Card> sources(JourneyMap map) {
        if (sourceIds == null) {
            return given;
        }
        int[] positions = CardIndex.positionsOf(map.cards(), sourceIds);
        List<Card> cards = new ArrayList<>(positions.length);
        for (int p : CardIndex.inJourneyOrder(map, positions)) {
            cards.add(map.cards().get(p));
        }
        return cards;
    }

    private static String[] keptIds(JourneyMap map, List<Card> sources) {
        String[] ids = new String[sources.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sources.get(i).id();
            if (Part.CARDS.indexOf(map, ids[i]) >= 0) {
                throw new IllegalArgumentException("map " + map.id() + " already has a card with id " + ids[i]);
            }
        }
        return ids;
    }

    private String[] freshIds(JourneyMap map, int count) {
        while (chosenIds == null || chosenIds.length != count || clashes(map, chosenIds)) {
            Set<String> ids = new HashSet<>();
            String[] chosen = new String[count];
            for (int i = 0; i < count; i++) {
                chosen[i] = Ids.next("c", ids);
                ids.add(chosen[i]);
            }
            chosenIds = chosen;
        }
        return chosenIds;
    }

    private static boolean clashes(JourneyMap map, String[] ids) {
        return CardIndex.positionsOf(map.cards(), List.of(ids)).length > 0;
    }

    @Override
    public long estimatedBytes() {
        long bytes = super.estimatedBytes() + 64L * (chosenIds == null ? 0 : chosenIds.length);
        if (given != null) {
            for (Card c : given) {
                bytes += Footprint.of(c);
            }
        }
        return bytes;
    }
}
