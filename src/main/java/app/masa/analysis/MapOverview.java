package app.masa.analysis;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import app.masa.model.OpportunityStatus;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One map at a glance, for the overview of a file's maps: its stages, the mean experienced score of
 * each stage's touchpoints (the emotion line in miniature), its pain points and its opportunities
 * still open (not done, not dropped).
 */
public record MapOverview(String mapId, String title, List<String> stages, List<OptionalDouble> stageScores,
                          int min, int max, int painPoints, int openOpportunities) {
    public MapOverview {
        stages = List.copyOf(stages);
        stageScores = List.copyOf(stageScores);
    }

    public static MapOverview of(JourneyMap map) {
        List<String> names = new ArrayList<>();
        List<OptionalDouble> scores = new ArrayList<>();
        for (Stage stage : map.stages()) {
            names.add(stage.name());
            scores.add(map.cards().stream().filter(c -> c.stageId().equals(stage.id()) && c.score() != null
                    && c.type() == CardType.TOUCHPOINT).mapToInt(Card::score).average());
        }
        int pains = (int) map.cards().stream().filter(c -> c.type() == CardType.PAIN_POINT).count();
        int open = (int) map.cards().stream().filter(c -> c.type() == CardType.OPPORTUNITY).filter(c -> {
            OpportunityStatus status = c.opportunity().status();
            return status != OpportunityStatus.DONE && status != OpportunityStatus.DROPPED;
        }).count();
        return new MapOverview(map.id(), map.title(), names, scores, map.scale().min(), map.scale().max(), pains, open);
    }
}
