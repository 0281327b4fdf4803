package app.masa.io.interchange;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The card type a row without one most likely means, judged from the lane it lands in: the type most
 * of the lane's cards already have, else the one the lane is named after ("pain-points").
 */
final class LaneTypes {
    private static final Map<String, CardType> NAMED_AFTER = Map.of(
            "touchpoint", CardType.TOUCHPOINT,
            "pain", CardType.PAIN_POINT,
            "opportunit", CardType.OPPORTUNITY,
            "action", CardType.ACTION,
            "thought", CardType.THOUGHT);

    private LaneTypes() {
    }

    static Optional<CardType> usualType(JourneyMap map, Lane lane) {
        Map<CardType, Integer> counts = new EnumMap<>(CardType.class);
        for (Card card : map.cards()) {
            if (card.laneId().equals(lane.id())) {
                counts.merge(card.type(), 1, Integer::sum);
            }
        }
        Optional<CardType> common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (common.isPresent()) {
            return common;
        }
        String id = lane.id().toLowerCase(Locale.ROOT);
        return NAMED_AFTER.entrySet().stream().filter(e -> id.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
