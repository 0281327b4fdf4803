package app.masa.analysis;

import app.masa.io.TemplateCatalog;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.Extras;
import app.masa.model.JourneyMap;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funnel template with known scores (every touchpoint 1 unless said otherwise), expectations, figures,
 * a vote and conversion paths, for the report tests.
 */
public final class ReportMaps {
    private ReportMaps() {
    }

    public static JourneyMap funnelWithNumbers(String language) throws Exception {
        JourneyMap map = TemplateCatalog.builtIn().create("funnel", language).maps().get(0);
        List<Card> cards = new ArrayList<>();
        for (Card template : map.cards()) {
            // the template's own scores, answers and figures are reset, so that only what follows counts
            Card card = template.withTouchpoint(TouchpointDetails.EMPTY).withMetrics(Metrics.EMPTY)
                    .withScore(template.type() == CardType.TOUCHPOINT ? Integer.valueOf(1) : null);
            cards.add(switch (card.id()) {
                // score 0, expected 2: a shortfall of two levels, at the threshold
                case "c-sponsored-post" -> card.withExpectedScore(2)
                        .withMetrics(Metrics.EMPTY.withReach(12_000L).withConversions(240L).withCost(1500.0))
                        .withScore(0);
                case "c-contact-form" -> card.withScore(-1).withExpectedScore(0);   // -1 against 0
                case "c-checkout" -> card.withExpectedScore(0);                     // 1 against 0: a delight
                default -> card;
            });
        }
        List<Stage> stages = new ArrayList<>();
        map.stages().forEach(stage -> stages.add(stage.withNps(Nps.EMPTY)));
        stages.set(0, stages.get(0).withNps(Nps.of(6, 2, 2)));
        return map.withCards(cards).withStages(stages).withGapThreshold(2).withCurrency(null).withAttributionHalfLife(2)
                .withVote(DotVote.start(3, 2, Set.of()).withDots(Map.of("c-call-back-fast", 3, "c-first-discount", 1)))
                .withConversionPaths(List.of(
                        new ConversionPath("p-1", List.of("c-sponsored-post", "c-search-result"), 10, 1000, Extras.NONE),
                        new ConversionPath("p-2", List.of("channel:email"), 5, 250, Extras.NONE)));
    }
}
