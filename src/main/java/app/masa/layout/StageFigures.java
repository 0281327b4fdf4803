package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.model.Stage;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The sums a stage shows in the metrics lane: reach and conversions of its touchpoints (null when
 * none of them has the figure), the rate derived from those sums, and the stage's NPS.
 */
record StageFigures(Long reach, Long conversions, OptionalDouble rate, OptionalDouble nps) {
    /** @param touchpoints the map's touchpoints, as {@link JourneyMap#touchpointsInJourneyOrder()} gives them */
    static StageFigures of(List<Card> touchpoints, Stage stage) {
        Long reach = null;
        Long conversions = null;
        for (Card card : touchpoints) {
            if (!card.stageId().equals(stage.id())) {
                continue;
            }
            Metrics m = card.metrics();
            if (m.reach() != null) {
                reach = (reach == null ? 0 : reach) + m.reach();
            }
            if (m.conversions() != null) {
                conversions = (conversions == null ? 0 : conversions) + m.conversions();
            }
        }
        OptionalDouble rate = reach != null && conversions != null && reach > 0
                ? OptionalDouble.of((double) conversions / reach) : OptionalDouble.empty();
        return new StageFigures(reach, conversions, rate, stage.nps().score());
    }
}
