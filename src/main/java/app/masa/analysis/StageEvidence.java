package app.masa.analysis;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * How well research backs one stage's cards: how many are assumptions still to check, how many
 * are backed by evidence, and how many nobody has marked yet.
 *
 * @param assumptions the stage's assumptions, in journey order
 */
public record StageEvidence(Stage stage, List<Card> assumptions, int backed, int unmarked) {
    public StageEvidence {
        assumptions = List.copyOf(assumptions);
    }

    /** Every stage that has a card, in the map's order. */
    public static List<StageEvidence> of(JourneyMap map) {
        List<StageEvidence> result = new ArrayList<>();
        for (Stage stage : map.stages()) {
            List<Card> assumptions = new ArrayList<>();
            int backed = 0;
            int unmarked = 0;
            for (Card card : map.lanes().stream().flatMap(l -> map.cardsIn(stage.id(), l.id()).stream()).toList()) {
                if (card.evidence().isAssumption()) {
                    assumptions.add(card);
                } else if (card.evidence().isBacked()) {
                    backed++;
                } else {
                    unmarked++;
                }
            }
            if (!assumptions.isEmpty() || backed + unmarked > 0) {
                result.add(new StageEvidence(stage, assumptions, backed, unmarked));
            }
        }
        return result;
    }
}
