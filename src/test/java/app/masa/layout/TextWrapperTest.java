package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextWrapperTest {
    private final TextWrapper wrapper = new TextWrapper(FontTableMeasurer.shared(), Typography.of(Theme.LIGHT));

    @Test
    void wrapsAtSpacesWithEveryLineWithinTheWidth() {
        WrappedText text = wrapper.wrap("A friend shares a reel of the weekly vegetable box with her colleagues",
                FontRole.CARD_BODY, 120);
        assertThat(text.lineCount()).isGreaterThan(2);
        for (int i = 0; i < text.lineCount(); i++) {
            assertThat(text.widths()[i]).isLessThanOrEqualTo(120);
            // The wrapper adds words' widths; the whole line's may differ in the last bits.
            assertThat(text.widths()[i]).isCloseTo(wrapper.width(text.lines().get(i), FontRole.CARD_BODY), within(1e-9));
        }
        assertThat(String.join(" ", text.lines()))
                .isEqualTo("A friend shares a reel of the weekly vegetable box with her colleagues");
    }

    @Test
    void breaksAWordTooLongForOneLine() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitän";
        WrappedText text = wrapper.wrap(word, FontRole.CARD_TITLE, 80);
        assertThat(text.lineCount()).isGreaterThan(1);
        assertThat(String.join("", text.lines())).isEqualTo(word);
        for (double w : text.widths()) {
            assertThat(w).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void keepsExplicitLineBreaksAndMeasuresWithTheRealFont() {
        WrappedText text = wrapper.wrap("First\nSecond", FontRole.CARD_BODY, 500);
        assertThat(text.lines()).containsExactly("First", "Second");
        assertThat(wrapper.width("WWW", FontRole.CARD_BODY)).isGreaterThan(wrapper.width("iii", FontRole.CARD_BODY));
        assertThat(wrapper.width("שלום", FontRole.CARD_BODY)).isGreaterThan(0);
        assertThat(wrapper.width("Bold", FontRole.CARD_TITLE) / Typography.of(Theme.LIGHT).size(FontRole.CARD_TITLE))
                .as("bold is wider per point").isGreaterThan(
                        wrapper.width("Bold", FontRole.CARD_BODY) / Typography.of(Theme.LIGHT).size(FontRole.CARD_BODY));
    }

    @Test
    void aBlankTextHasNoLines() {
        assertThat(wrapper.wrap("   ", FontRole.CARD_BODY, 100).isEmpty()).isTrue();
    }
}
