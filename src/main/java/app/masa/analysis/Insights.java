package app.masa.analysis;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.util.List;

/**
 * What a map tells when read as a whole: the insights report, before it is written as Markdown,
 * CSV or HTML or shown in the Numbers window.
 *
 * @param painPoints    pain points, stage by stage (stages without any are left out)
 * @param largestGaps   touchpoints whose experience differs from expectation, largest difference first
 * @param lowestMoments the lowest points of the emotion curve, lowest first
 * @param opportunities most votes first, then the largest disappointment at their stage
 * @param openQuestions touchpoints with unanswered guided questions, in journey order
 * @param nps           stages with NPS answers, in stage order
 */
public record Insights(JourneyMap map, List<StageCards> painPoints, List<Card> largestGaps, List<Card> lowestMoments,
                       List<RankedOpportunity> opportunities, List<OpenQuestions> openQuestions,
                       MapAttribution attribution, List<Stage> nps) {
    public Insights {
        painPoints = List.copyOf(painPoints);
        largestGaps = List.copyOf(largestGaps);
        lowestMoments = List.copyOf(lowestMoments);
        opportunities = List.copyOf(opportunities);
        openQuestions = List.copyOf(openQuestions);
        nps = List.copyOf(nps);
    }

    public static Insights of(JourneyMap map) {
        return InsightFinder.find(map);
    }
}
