package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.EmotionScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleLevelsTest {
    private final EmotionScale five = new EmotionScale(-2, List.of("Awful", "Bad", "Neutral", "Good", "Delighted"));

    @Test
    void growingTheScaleKeepsTheNamedLevelsAndNumbersTheNewOnes() {
        EmotionScale seven = ScaleLevels.resize(ScaleLevels.relabel(five, 2, "Thrilled"), 7);

        assertThat(seven.min()).isEqualTo(-3);
        assertThat(seven.labels()).containsExactly("\u22123", "Awful", "Bad", "Neutral", "Good", "Thrilled", "+3");
    }

    @Test
    void shrinkingTheScaleDropsTheOuterLevels() {
        assertThat(ScaleLevels.resize(five, 3).labels()).containsExactly("Bad", "Neutral", "Good");
    }
}
