package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.model.OpportunityDetails;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chips stand in the cell of their impact and effort, mirrored in right-to-left maps. */
class OpportunityMatrixTest {
    static JourneyMap withOpportunities(JourneyMap map) {
        List<Card> cards = new ArrayList<>(map.cards());
        String stage = map.stages().get(0).id();
        String lane = map.lanes().get(0).id();
        cards.add(Card.of("o1", stage, lane, 90, CardType.OPPORTUNITY, "Same-day delivery")
                .withOpportunity(OpportunityDetails.EMPTY.withImpact(5).withEffort(1)));
        cards.add(Card.of("o2", stage, lane, 91, CardType.OPPORTUNITY, "Loyalty app")
                .withOpportunity(OpportunityDetails.EMPTY.withImpact(5).withEffort(1)));
        cards.add(Card.of("o3", stage, lane, 92, CardType.OPPORTUNITY, "New warehouse")
                .withOpportunity(OpportunityDetails.EMPTY.withImpact(2).withEffort(5)));
        cards.add(Card.of("o4", stage, lane, 93, CardType.OPPORTUNITY, "Not judged yet"));
        return map.withCards(cards);
    }

    @Test
    void eachChipStandsInItsCellStackedAndTheUnscoredWaitInTheTray() {
        JourneyMap map = withOpportunities(SampleMaps.english());
        OpportunityMatrix matrix = OpportunityMatrix.of(map, 700, 500);

        Rect quickWin = matrix.cell(5, 1);
        OpportunityMatrix.Chip first = chip(matrix, "o1");
        OpportunityMatrix.Chip second = chip(matrix, "o2");
        assertThat(quickWin.intersects(first.bounds())).isTrue();
        assertThat(second.bounds().y()).isGreaterThan(first.bounds().maxY());
        assertThat(second.bounds().maxY()).isLessThanOrEqualTo(quickWin.maxY());
        assertThat(matrix.cell(2, 5).intersects(chip(matrix, "o3").bounds())).isTrue();
        assertThat(chip(matrix, "o4").scored()).isFalse();
        assertThat(matrix.tray().intersects(chip(matrix, "o4").bounds())).isTrue();
        assertThat(quickWin.x()).isLessThan(matrix.cell(5, 5).x());
        assertThat(matrix.quadrants()).filteredOn(a -> a.quadrant() == OpportunityMatrix.Quadrant.QUICK_WINS)
                .singleElement().satisfies(a -> assertThat(a.bounds().intersects(quickWin)).isTrue());
    }

    @Test
    void aPointOfThePlotGivesBackTheScoresOfItsCellAndARightToLeftMapMirrorsIt() {
        JourneyMap ltr = withOpportunities(SampleMaps.english());
        JourneyMap rtl = ltr.withDirection(Direction.RTL);
        OpportunityMatrix left = OpportunityMatrix.of(ltr, 700, 500);
        OpportunityMatrix right = OpportunityMatrix.of(rtl, 700, 500);

        for (int impact = 1; impact <= 5; impact++) {
            for (int effort = 1; effort <= 5; effort++) {
                Rect cell = left.cell(impact, effort);
                assertThat(left.scoresAt(cell.centerX(), cell.y() + cell.height() / 2)).containsExactly(impact, effort);
                Rect mirrored = right.cell(impact, effort);
                assertThat(right.scoresAt(mirrored.centerX(), mirrored.y() + 1)).containsExactly(impact, effort);
                assertThat(mirrored.centerX() - 0).isCloseTo(700 - cell.centerX(), within(0.01));
            }
        }
        assertThat(left.scoresAt(-5, 10)).isNull();
        assertThat(left.scoresAt(left.tray().centerX(), left.tray().centerX() > 0 ? left.tray().y() + 2 : 0)).isNull();
    }

    private static OpportunityMatrix.Chip chip(OpportunityMatrix matrix, String id) {
        return matrix.chips().stream().filter(c -> c.cardId().equals(id)).findFirst().orElseThrow();
    }
}
