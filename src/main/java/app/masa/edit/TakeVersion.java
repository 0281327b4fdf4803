package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes records from another version of the same map (another file, the version on disk): each
 * taken stage, lane, card, arrow, persona or path becomes the other version's record, keeping its
 * id; it is added where the other version has it and we do not, and removed where we have it and
 * the other version does not. What a taken record needs comes along, so the map stays whole: a
 * card's new stage, an arrow's cards, the cards of a stage that goes and the arrows of a card that
 * goes. Cells that gain or lose cards are numbered 0, 1, 2… again.
 */
final class TakeVersion extends DeltaCommand {
    private final String mapId;
    private final JourneyMap theirs;
    private final Set<Take> takes;

    TakeVersion(String mapId, JourneyMap theirs, Collection<Take> takes) {
        this.mapId = mapId;
        this.theirs = theirs;
        this.takes = Set.copyOf(new LinkedHashSet<>(takes));
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap ours = requireMap(document, mapId);
        Map<VersionPart, Set<String>> ids = withWhatTheyNeed(ours, grouped());
        MapDelta.Builder delta = MapDelta.on(mapId);
        take(Part.STAGES, ours, ids.get(VersionPart.STAGE), delta);
        take(Part.LANES, ours, ids.get(VersionPart.LANE), delta);
        take(Part.PERSONAS, ours, ids.get(VersionPart.PERSONA), delta);
        delta.edit(Part.CARDS, cards(ours, ids.get(VersionPart.CARD)));
        take(Part.CONNECTIONS, ours, ids.get(VersionPart.CONNECTION), delta);
        take(Part.PATHS, ours, ids.get(VersionPart.PATH), delta);
        if (!ids.get(VersionPart.MAP).isEmpty()) {
            delta.properties(MapProperties.of(ours), MapProperties.of(theirs));
        }
        Delta built = delta.build();
        if (built == Delta.NONE) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        return new Planned(Label.counted("edit.take", takes.size(), firstName(ours)), built);
    }

    private Map<VersionPart, Set<String>> grouped() {
        Map<VersionPart, Set<String>> ids = new EnumMap<>(VersionPart.class);
        for (VersionPart part : VersionPart.values()) {
            ids.put(part, new HashSet<>());
        }
        takes.forEach(t -> ids.get(t.part()).add(t.id()));
        return ids;
    }

    /** The taken ids and, until nothing more is needed, whatever they bring along. */
    private Map<VersionPart, Set<String>> withWhatTheyNeed(JourneyMap ours, Map<VersionPart, Set<String>> ids) {
        boolean grew = true;
        while (grew) {
            grew = false;
            Set<String> stages = resulting(Part.STAGES, ours, ids.get(VersionPart.STAGE));
            Set<String> lanes = resulting(Part.LANES, ours, ids.get(VersionPart.LANE));
            for (Card card : theirs.cards()) {
                if (ids.get(VersionPart.CARD).contains(card.id())) {
                    grew |= !stages.contains(card.stageId()) && ids.get(VersionPart.STAGE).add(card.stageId());
                    grew |= !lanes.contains(card.laneId()) && ids.get(VersionPart.LANE).add(card.laneId());
                }
            }
            for (Card card : ours.cards()) {
                if (!stages.contains(card.stageId()) || !lanes.contains(card.laneId())) {
                    grew |= ids.get(VersionPart.CARD).add(card.id());
                }
            }
            Set<String> cards = resulting(Part.CARDS, ours, ids.get(VersionPart.CARD));
            for (Connection c : theirs.connections()) {
                if (ids.get(VersionPart.CONNECTION).contains(c.id())) {
                    grew |= !cards.contains(c.fromCardId()) && ids.get(VersionPart.CARD).add(c.fromCardId());
                    grew |= !cards.contains(c.toCardId()) && ids.get(VersionPart.CARD).add(c.toCardId());
                }
            }
            for (Connection c : ours.connections()) {
                if (!cards.contains(c.fromCardId()) || !cards.contains(c.toCardId())) {
                    grew |= ids.get(VersionPart.CONNECTION).add(c.id());
                }
            }
        }
        return ids;
    }

    /** The ids a list will hold once the taken ones are theirs. */
    private <T extends Record> Set<String> resulting(Part<T> part, JourneyMap ours, Set<String> taken) {
        Set<String> ids = new HashSet<>();
        for (T element : part.list().apply(ours)) {
            String id = part.id().apply(element);
            if (!taken.contains(id)) {
                ids.add(id);
            }
        }
        for (T element : part.list().apply(theirs)) {
            String id = part.id().apply(element);
            if (taken.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private <T extends Record> void take(Part<T> part, JourneyMap ours, Set<String> taken, MapDelta.Builder delta) {
        delta.edit(part, edit(part, part.list().apply(ours), taken, element -> element));
    }

    /**
     * Ours without the taken elements, with theirs put in after the element that comes before
     * them in the other version (so a moved stage lands where the other version has it).
     */
    private <T extends Record> ListEdit.Builder<T> edit(Part<T> part, List<T> mine, Set<String> taken,
                                                        java.util.function.UnaryOperator<T> finish) {
        ListEdit.Builder<T> edit = ListEdit.builder();
        List<T> target = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            T element = mine.get(i);
            if (taken.contains(part.id().apply(element))) {
                edit.remove(i, element);
            } else {
                target.add(element);
            }
        }
        List<T> other = part.list().apply(theirs);
        Set<T> arriving = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int j = 0; j < other.size(); j++) {
            T element = other.get(j);
            if (!taken.contains(part.id().apply(element))) {
                continue;
            }
            int at = 0;
            for (int k = j - 1; k >= 0 && at == 0; k--) {
                int before = indexOf(part, target, part.id().apply(other.get(k)));
                at = before + 1;
            }
            T finished = finish.apply(element);
            target.add(at, finished);
            arriving.add(finished);
        }
        for (int i = 0; i < target.size(); i++) {
            if (arriving.contains(target.get(i))) {
                edit.insert(i, target.get(i));
            }
        }
        return edit;
    }

    private static <T extends Record> int indexOf(Part<T> part, List<T> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (part.id().apply(list.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The card list with the taken cards theirs, and every cell they leave or enter numbered again. */
    private ListEdit.Builder<Card> cards(JourneyMap ours, Set<String> taken) {
        Set<String> cells = new HashSet<>();
        for (Card card : ours.cards()) {
            if (taken.contains(card.id())) {
                cells.add(cell(card));
            }
        }
        for (Card card : theirs.cards()) {
            if (taken.contains(card.id())) {
                cells.add(cell(card));
            }
        }
        Map<String, Integer> orders = newOrders(ours, taken, cells);
        ListEdit.Builder<Card> edit = edit(Part.CARDS, ours.cards(), taken,
                card -> card.withOrder(orders.getOrDefault(card.id(), card.order())).clampedTo(ours.scale()));
        List<Card> mine = ours.cards();
        for (int i = 0; i < mine.size(); i++) {
            Card card = mine.get(i);
            Integer order = orders.get(card.id());
            if (!taken.contains(card.id()) && order != null && order != card.order()) {
                edit.replace(i, card, card.withOrder(order));
            }
        }
        return edit;
    }

    /**
     * Each card of the touched cells, ours and taken, numbered 0, 1, 2… in the other version's
     * order where it has the card in the same cell (so a card taken lands between the neighbours it
     * has there), else in ours; at equal places our cards come first.
     */
    private Map<String, Integer> newOrders(JourneyMap ours, Set<String> taken, Set<String> cells) {
        Map<String, Card> other = new HashMap<>();
        theirs.cards().forEach(c -> other.put(c.id(), c));
        Map<String, List<Card>> byCell = new HashMap<>();
        Map<String, Integer> place = new HashMap<>();
        for (Card card : ours.cards()) {
            if (!taken.contains(card.id()) && cells.contains(cell(card))) {
                byCell.computeIfAbsent(cell(card), k -> new ArrayList<>()).add(card);
                Card there = other.get(card.id());
                place.put(card.id(), there != null && cell(there).equals(cell(card)) ? there.order() : card.order());
            }
        }
        for (Card card : theirs.cards()) {
            if (taken.contains(card.id())) {
                byCell.computeIfAbsent(cell(card), k -> new ArrayList<>()).add(card);
                place.put(card.id(), card.order());
            }
        }
        Map<String, Integer> orders = new HashMap<>();
        for (List<Card> cell : byCell.values()) {
            // A stable sort: at equal places our cards, listed first, stay first.
            cell.sort(java.util.Comparator.comparingInt(c -> place.get(c.id())));
            for (int i = 0; i < cell.size(); i++) {
                orders.put(cell.get(i).id(), i);
            }
        }
        return orders;
    }

    private static String cell(Card card) {
        return card.stageId() + "\u0000" + card.laneId();
    }

    private String firstName(JourneyMap ours) {
        Take first = takes.iterator().next();
        JourneyMap source = theirs;
        return switch (first.part()) {
            case MAP -> theirs.title();
            case STAGE -> name(source.stage(first.id()).map(Stage::name), ours.stage(first.id()).map(Stage::name));
            case LANE -> name(source.lane(first.id()).map(Lane::title), ours.lane(first.id()).map(Lane::title));
            case CARD -> name(source.card(first.id()).map(Card::title), ours.card(first.id()).map(Card::title));
            case CONNECTION, PERSONA, PATH -> first.id();
        };
    }

    private static String name(java.util.Optional<String> theirs, java.util.Optional<String> ours) {
        return theirs.or(() -> ours).orElse("");
    }

    @Override
    public long estimatedBytes() {
        return super.estimatedBytes() + 48L * takes.size();
    }
}
