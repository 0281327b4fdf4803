package app.masa.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every model against figures worked out by hand. The paths, 22 conversions worth 220 in all:
 * <pre>
 *   P1  A           10 conversions, value 100   (one step)
 *   P2  A → B        4 conversions, value  40   (two steps)
 *   P3  A → B → C    6 conversions, value  60
 *   P4  B → C → B    2 conversions, value  20   (B twice in one path)
 * </pre>
 */
class AttributionTest {
    private static final Offset<Double> EXACT = within(1e-9);
    private static final List<TouchPath> PATHS = List.of(
            new TouchPath(List.of("A"), 10, 100),
            new TouchPath(List.of("A", "B"), 4, 40),
            new TouchPath(List.of("A", "B", "C"), 6, 60),
            new TouchPath(List.of("B", "C", "B"), 2, 20));

    @Test
    void lastClickCreditsTheFinalStep() {
        // P1 → A 10; P2 → B 4; P3 → C 6; P4 → B 2.  A 10, B 4 + 2 = 6, C 6
        Map<String, Credit> credit = Attribution.credit(PATHS, AttributionModel.LAST_CLICK, 2);
        assertConversions(credit, 10, 6, 6);
        assertThat(credit.get("B").value()).isCloseTo(60, EXACT);
    }

    @Test
    void firstClickCreditsTheOpeningStep() {
        // P1, P2, P3 open with A: 10 + 4 + 6 = 20; P4 opens with B: 2; C never opens
        Map<String, Credit> credit = Attribution.credit(PATHS, AttributionModel.FIRST_CLICK, 2);
        assertConversions(credit, 20, 2, 0);
    }

    @Test
    void linearSharesEquallyAndAddsUpARepeatedStep() {
        // P1: A 10.  P2: A 2, B 2.  P3: A 2, B 2, C 2.  P4: B 2/3 + 2/3 = 4/3, C 2/3.
        // A = 10 + 2 + 2 = 14;  B = 2 + 2 + 4/3 = 16/3;  C = 2 + 2/3 = 8/3
        Map<String, Credit> credit = Attribution.credit(PATHS, AttributionModel.LINEAR, 2);
        assertConversions(credit, 14, 16.0 / 3, 8.0 / 3);
        // value follows the same shares: C = 60/3 + 20/3 = 80/3
        assertThat(credit.get("C").value()).isCloseTo(80.0 / 3, EXACT);
    }

    @Test
    void positionBasedGivesFortyPercentToEachEnd() {
        // P1 (one step): A 10.  P2 (two steps, 50/50): A 2, B 2.
        // P3: A 0.4·6 = 2.4, B 0.2·6 = 1.2, C 0.4·6 = 2.4.
        // P4: B first and last, 0.4·2 + 0.4·2 = 1.6; C in the middle, 0.2·2 = 0.4.
        // A = 10 + 2 + 2.4 = 14.4;  B = 2 + 1.2 + 1.6 = 4.8;  C = 2.4 + 0.4 = 2.8
        Map<String, Credit> credit = Attribution.credit(PATHS, AttributionModel.POSITION_BASED, 2);
        assertConversions(credit, 14.4, 4.8, 2.8);
    }

    @Test
    void timeDecayWithAHalfLifeOfOneStep() {
        // weight 0.5^k for a step k steps before the conversion, then normalised per path:
        //   two steps:   0.5, 1        → 1/3, 2/3
        //   three steps: 0.25, 0.5, 1  → 1/7, 2/7, 4/7
        // P1: A 10.  P2: A 4/3, B 8/3.  P3: A 6/7, B 12/7, C 24/7.
        // P4: B (1/7 + 4/7)·2 = 10/7, C (2/7)·2 = 4/7.
        // A = 10 + 4/3 + 6/7 = 256/21;  B = 8/3 + 12/7 + 10/7 = 122/21;  C = 24/7 + 4/7 = 4
        Map<String, Credit> credit = Attribution.credit(PATHS, AttributionModel.TIME_DECAY, 1);
        assertConversions(credit, 256.0 / 21, 122.0 / 21, 4);
    }

    @Test
    void timeDecayWithTheDefaultHalfLifeOfTwoSteps() {
        // three steps: 0.5^(2/2) = 0.5, 0.5^(1/2) = 0.70711, 1; sum 2.20711
        // → 0.5/2.20711 = 0.22654, 0.70711/2.20711 = 0.32038, 1/2.20711 = 0.45308
        double[] weights = AttributionModel.TIME_DECAY.weights(3, AttributionModel.DEFAULT_HALF_LIFE);
        assertThat(weights[0]).isCloseTo(0.22654, within(1e-5));
        assertThat(weights[1]).isCloseTo(0.32038, within(1e-5));
        assertThat(weights[2]).isCloseTo(0.45308, within(1e-5));
    }

    @Test
    void aSingleStepTakesEverythingUnderEveryModel() {
        for (AttributionModel model : AttributionModel.values()) {
            assertThat(model.weights(1, 3)).as(model.name()).containsExactly(1.0);
        }
    }

    @Test
    void twoStepsUnderEachModel() {
        assertThat(AttributionModel.LAST_CLICK.weights(2, 1)).containsExactly(0.0, 1.0);
        assertThat(AttributionModel.FIRST_CLICK.weights(2, 1)).containsExactly(1.0, 0.0);
        assertThat(AttributionModel.LINEAR.weights(2, 1)).containsExactly(0.5, 0.5);
        assertThat(AttributionModel.POSITION_BASED.weights(2, 1)).containsExactly(0.5, 0.5);
        // 0.5 and 1, normalised: 1/3 and 2/3
        assertThat(AttributionModel.TIME_DECAY.weights(2, 1)[0]).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void positionBasedSharesTheMiddleFifthAmongSeveralSteps() {
        // five steps: 0.4, then 0.2 / 3 for each of the three in the middle, then 0.4
        double[] weights = AttributionModel.POSITION_BASED.weights(5, 1);
        assertThat(weights[0]).isCloseTo(0.4, EXACT);
        assertThat(weights[2]).isCloseTo(0.2 / 3, EXACT);
        assertThat(weights[4]).isCloseTo(0.4, EXACT);
    }

    @Test
    void creditGathersIntoChannels() {
        // A and C are social, B is website. Last click: social 10 + 6 = 16, website 6
        Map<String, String> channel = Map.of("A", "social", "B", "website", "C", "social");
        Map<String, Credit> credit = Attribution.groupedBy(
                Attribution.credit(PATHS, AttributionModel.LAST_CLICK, 2), channel::get);
        assertThat(credit.keySet()).containsExactly("social", "website");
        assertThat(credit.get("social").conversions()).isCloseTo(16, EXACT);
        assertThat(credit.get("website").conversions()).isCloseTo(6, EXACT);
    }

    @Test
    void pathsWithoutStepsAreCountedApart() {
        List<TouchPath> paths = List.of(TouchPath.of(3, "A"), new TouchPath(List.of(), 5, 0));
        assertThat(Attribution.total(paths).conversions()).isEqualTo(3);
        assertThat(Attribution.unattributed(paths).conversions()).isEqualTo(5);
        assertThat(Attribution.credit(paths, AttributionModel.LINEAR, 2)).containsOnlyKeys("A");
    }

    @Test
    void theTableListsRowsInJourneyOrder() {
        AttributionTable table = AttributionTable.of(PATHS, 1);
        assertThat(table.keys()).containsExactly("A", "B", "C");
        assertThat(table.total().conversions()).isEqualTo(22);
        assertThat(table.credit("C", AttributionModel.FIRST_CLICK).conversions()).isZero();
        assertThat(table.credit("C", AttributionModel.TIME_DECAY).conversions()).isCloseTo(4, EXACT);
    }

    @Test
    void aHalfLifeOfZeroIsRefused() {
        assertThatThrownBy(() -> AttributionModel.TIME_DECAY.weights(3, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertConversions(Map<String, Credit> credit, double a, double b, double c) {
        assertThat(credit.get("A").conversions()).as("A").isCloseTo(a, EXACT);
        assertThat(credit.get("B").conversions()).as("B").isCloseTo(b, EXACT);
        assertThat(credit.getOrDefault("C", Credit.NONE).conversions()).as("C").isCloseTo(c, EXACT);
    }
}
