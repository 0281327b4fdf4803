package app.masa.layout;

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
    void aLineOfHebrewLettersAndPunctuationIsTheOneRunBidiFinds() {
        // The short way for such lines must agree with the Unicode algorithm, ends and brackets included.
        for (String line : new String[] {"שלום עולם.", "(שאלה?) \"מרכאות\" — סוף!", " רווח בקצוות ", "שָׁלוֹם, חבר",
                "...למה?", "[הערה] {סוגריים} <זווית>", "שיחה לחנות. תשלום", "ב-₪ או %, לא / כן: +עוד #תג"}) {
            java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
            assertThat(bidi.getRunCount()).as(line).isEqualTo(1);
            assertThat(bidi.getRunLevel(0)).as(line).isEqualTo(1);
            assertThat(VisualOrder.of(line, true)).as(line).isEqualTo(VisualOrder.reverseMirrored(line));
        }
    }

    @Test
    void combiningMarksStayAfterTheirLetter() {
        String pointed = "שָׁלוֹם";
        String visual = VisualOrder.of(pointed, true);
        assertThat(visual).startsWith("ם").endsWith("שָׁ");
        assertThat(visual.length()).isEqualTo(pointed.length());
    }

    @Test
    void rightToLeftLinesAreDrawnInVisualPieces() {
        // A Hebrew sentence ending with a full stop: the stop is drawn first, at the left.
        assertThat(VisualOrder.pieces("שלום עולם.", true)).containsExactly(".", "שלום עולם");
        // An English word inside Hebrew stays whole, left of the Hebrew that precedes it.
        assertThat(VisualOrder.pieces("הזמנה ב-WhatsApp", true)).containsExactly("WhatsApp", "-", "הזמנה ב");
        // Brackets are mirrored in right-to-left runs.
        assertThat(VisualOrder.pieces("(שאלה)", true)).containsExactly("(", "שאלה", ")");
        assertThat(VisualOrder.pieces("Plain English", false)).containsExactly("Plain English");
    }

    @Test
    void aPointedWordStaysOnePieceWithItsMarks() {
        // The final letter's mark belongs to it; drawn apart, it would float over the next glyph.
        assertThat(VisualOrder.pieces("קוֹל בָּ", true)).containsExactly("קוֹל בָּ");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNeverCutInTwo() {
        assertThat(VisualOrder.pieces("תודה \uD83D\uDE00", true)).containsExactly("\uD83D\uDE00", " ", "תודה");
        assertThat(VisualOrder.of("תודה \uD83D\uDE00", true)).isEqualTo("\uD83D\uDE00 הדות");
    }
}
