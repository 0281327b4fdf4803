package app.masa.analysis;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import app.masa.model.TouchpointQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the insights out of a map. */
final class InsightFinder {
    /** How many of the largest gaps the report lists. */
    static final int GAPS_SHOWN = 10;
    /** How many of the lowest moments the report lists. */
    static final int LOWEST_SHOWN = 3;

    private InsightFinder() {
    }

    static Insights find(JourneyMap map) {
        List<Card> inOrder = cardsInJourneyOrder(map);
        List<Card> touchpoints = map.touchpointsInJourneyOrder();
        return new Insights(map, painPoints(map, inOrder), largestGaps(touchpoints), lowestMoments(map, touchpoints),
                opportunities(map, inOrder, touchpoints), openQuestions(touchpoints), MapAttribution.of(map),
                map.stages().stream().filter(s -> !s.nps().isEmpty()).toList());
    }

    private static List<StageCards> painPoints(JourneyMap map, List<Card> inOrder) {
        List<StageCards> result = new ArrayList<>();
        for (Stage stage : map.stages()) {
            List<Card> pains = inOrder.stream()
                    .filter(c -> c.stageId().equals(stage.id()) && c.type() == CardType.PAIN_POINT).toList();
            if (!pains.isEmpty()) {
                result.add(new StageCards(stage, pains));
            }
        }
        return result;
    }

    private static List<Card> largestGaps(List<Card> touchpoints) {
        // a stable sort keeps journey order among equal gaps
        return touchpoints.stream()
                .filter(c -> c.gap().isPresent() && c.gap().getAsInt() != 0)
                .sorted(Comparator.comparingInt((Card c) -> -Math.abs(c.gap().getAsInt()))
                        .thenComparingInt(c -> c.gap().getAsInt()))
                .limit(GAPS_SHOWN)
                .toList();
    }

    /** The lowest scores at or below the middle of the scale: a curve that never dips has no low moments. */
    private static List<Card> lowestMoments(JourneyMap map, List<Card> touchpoints) {
        return touchpoints.stream()
                .filter(c -> c.score() != null && map.scale().fraction(c.score()) <= 0.5)
                .sorted(Comparator.comparingInt(Card::score))
                .limit(LOWEST_SHOWN)
                .toList();
    }

    private static List<RankedOpportunity> opportunities(JourneyMap map, List<Card> inOrder, List<Card> touchpoints) {
        Map<String, Integer> disappointment = new HashMap<>();
        for (Card touchpoint : touchpoints) {
            int shortfall = touchpoint.gap().isPresent() ? Math.max(0, -touchpoint.gap().getAsInt()) : 0;
            disappointment.merge(touchpoint.stageId(), shortfall, Math::max);
        }
        DotVote vote = map.vote();
        return inOrder.stream()
                .filter(c -> c.type() == CardType.OPPORTUNITY)
                .map(c -> new RankedOpportunity(c, vote == null ? 0 : vote.dotsOn(c.id()),
                        disappointment.getOrDefault(c.stageId(), 0)))
                // The rule the report writes out: votes, then the shortfall at its stage, then impact over effort.
                .sorted(Comparator.comparingInt((RankedOpportunity o) -> -o.votes())
                        .thenComparingInt(o -> -o.stageGap())
                        .thenComparingInt(o -> o.leverage().isPresent() ? -o.leverage().getAsInt() : Integer.MAX_VALUE))
                .toList();
    }

    private static List<OpenQuestions> openQuestions(List<Card> touchpoints) {
        List<OpenQuestions> result = new ArrayList<>();
        for (Card card : touchpoints) {
            List<TouchpointQuestion> open = new ArrayList<>();
            for (TouchpointQuestion question : TouchpointQuestion.values()) {
                if (question.isAskedFor(card.channel()) && card.touchpoint().answer(question).isEmpty()) {
                    open.add(question);
                }
            }
            if (!open.isEmpty()) {
                result.add(new OpenQuestions(card, open));
            }
        }
        return result;
    }

    /** Every card of the map, stage by stage, lane by lane, then in cell order. */
    static List<Card> cardsInJourneyOrder(JourneyMap map) {
        List<Card> result = new ArrayList<>();
        Map<String, Map<String, List<Card>>> cells = map.cardsByCell();
        for (Stage stage : map.stages()) {
            map.lanes().forEach(lane -> result.addAll(
                    cells.getOrDefault(stage.id(), Map.of()).getOrDefault(lane.id(), List.of())));
        }
        return result;
    }
}
