package app.masa.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KebabTest {
    @Test
    void spellsConstantsInLowerKebabCase() {
        assertThat(Kebab.of(CardType.PAIN_POINT)).isEqualTo("pain-point");
        assertThat(Kebab.of(Channel.WORD_OF_MOUTH)).isEqualTo("word-of-mouth");
        assertThat(Kebab.of(Direction.RTL)).isEqualTo("rtl");
    }

    @Test
    void readsOnlyThatSpellingBack() {
        assertThat(Kebab.parse(CardType.class, "pain-point")).isEqualTo(CardType.PAIN_POINT);
        assertThat(Kebab.parse(CardType.class, "PAIN_POINT")).isNull();
        assertThat(Kebab.parse(CardType.class, null)).isNull();
        assertThat(Kebab.find(Channel.class, "sms")).contains(Channel.SMS);
        assertThat(Kebab.find(Channel.class, "fax")).isEmpty();
    }

    @Test
    void listsEveryChoiceInOrder() {
        assertThat(Kebab.allOf(LaneKind.class)).isEqualTo("cards, text, emotion, storyboard");
    }

    @Test
    void aChannelStepUsesTheSameSpelling() {
        assertThat(ConversionPath.channelStep(Channel.WORD_OF_MOUTH)).isEqualTo("channel:word-of-mouth");
        assertThat(ConversionPath.channelOf("channel:word-of-mouth")).contains(Channel.WORD_OF_MOUTH);
    }
}
