package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A text's paragraph direction comes from the map; only text wholly in the other script keeps its own. */
class ParagraphDirectionTest {
    private final LayoutEngine engine = new LayoutEngine();

    @ParameterizedTest
    @ValueSource(strings = {"SMS אישור הזמנה", "SMS: הדגם הגיע", "120 ₪ לארגז", "(SAVE10) קוד קופון",
            "https://shop.example/box הזמנה", "\uD83D\uDE00 תודה רבה", "15% הנחה", "2026", "", "---"})
    void inARightToLeftMapEveryTextWithAHebrewLetterOrNoLetterIsRightToLeft(String text) {
        assertThat(TextDirection.isRightToLeft(text, true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Instagram", "WhatsApp Business", "https://shop.example/box", "iPhone 15 (Pro)"})
    void inARightToLeftMapATextWithoutAHebrewLetterReadsLeftToRight(String text) {
        assertThat(TextDirection.isRightToLeft(text, true)).isFalse();
    }

    @Test
    void aLeftToRightMapFollowsTheMirrorRule() {
        assertThat(TextDirection.isRightToLeft("Order via וואטסאפ", false)).isFalse();
        assertThat(TextDirection.isRightToLeft("אישור הזמנה", false)).isTrue();
        assertThat(TextDirection.isRightToLeft("120 €", false)).isFalse();
    }

    @Test
    void hebrewTitlesThatStartWithALatinWordReadAndAlignRightInTheirCards() {
        JourneyMap map = withTitles(SampleMaps.hebrew(), "SMS אישור הזמנה", "SMS: הדגם הגיע", "Instagram");
        MapLayout layout = engine.layout(map, LayoutOptions.canvas());

        for (String id : List.of("t1", "t2")) {
            CardBox card = layout.card(id).orElseThrow();
            TextLine title = card.titleLines().get(0);
            assertThat(title.rightToLeft()).as(title.text()).isTrue();
            double rightGap = card.bounds().maxX() - (title.x() + title.width());
            double leftGap = title.x() - card.bounds().x();
            assertThat(rightGap).as("%s hugs the right edge", title.text()).isLessThan(leftGap);
        }
        CardBox brand = layout.card("t3").orElseThrow();
        TextLine name = brand.titleLines().get(0);
        assertThat(name.rightToLeft()).as("a brand name alone reads left to right").isFalse();
        assertThat(name.x() - brand.bounds().x()).isLessThan(brand.bounds().maxX() - (name.x() + name.width()));
    }

    @Test
    void anEnglishTitleInAnEnglishMapThatEndsInHebrewStaysLeftToRight() {
        JourneyMap map = withTitles(SampleMaps.english(), "Order via וואטסאפ");
        TextLine title = engine.layout(map, LayoutOptions.canvas()).card("t1").orElseThrow().titleLines().get(0);
        assertThat(title.rightToLeft()).isFalse();
    }

    private static JourneyMap withTitles(JourneyMap map, String... titles) {
        List<Card> cards = new ArrayList<>(map.cards());
        Card model = map.cards().get(0);
        for (int i = 0; i < titles.length; i++) {
            cards.add(SampleMaps.card("t" + (i + 1), model.stageId(), model.laneId(), 10 + i, CardType.NOTE, titles[i],
                    "", null, null));
        }
        return map.withCards(cards);
    }
}
