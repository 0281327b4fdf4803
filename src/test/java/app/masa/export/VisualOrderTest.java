package app.masa.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisualOrderTest {
    @Test
    void leftToRightTextIsUntouched() {
        assertThat(VisualOrder.of("Checkout (step 2)", false)).isEqualTo("Checkout (step 2)");
    }

    @Test
    void hebrewIsReversedWithItsBracketsMirroredAndNumbersKeptInOrder() {
        assertThat(VisualOrder.of("מחיר (120 ₪)", true)).isEqualTo("(₪ 120) ריחמ");
        assertThat(VisualOrder.of("15% הנחה", true)).isEqualTo("החנה 15%");
    }

    @Test
    void anEnglishWordInsideHebrewKeepsItsOwnOrder() {
        assertThat(VisualOrder.of("קוד SAVE10 לא עובד", true)).isEqualTo("דבוע אל SAVE10 דוק");
    }

    @Test
    void combiningMarksStayAfterTheirLetter() {
        String pointed = "שָׁלוֹם";
        String visual = VisualOrder.of(pointed, true);
        assertThat(visual).startsWith("ם").endsWith("שָׁ");
        assertThat(visual.length()).isEqualTo(pointed.length());
    }
}
