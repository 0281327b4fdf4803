package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card a merge left in conflict carries a badge, first in reading order, inside the card, in both directions. */
@InterfaceLanguage("en")
class ConflictBadgeLayoutTest {
    private final LayoutEngine engine = new LayoutEngine();

    private static JourneyMap conflictedOn(JourneyMap map, String cardId) {
        Card card = map.card(cardId).orElseThrow();
        return map.withConflicts(List.of(new MergeConflict(ConflictKind.CARD, cardId, List.of("title"),
                card.withTitle("Their title"))));
    }

    @Test
    void theConflictedCardAloneHasTheBadgeFirstAndInsideItsBox() {
        JourneyMap map = SampleMaps.english();
        String id = map.cards().get(0).id();

        MapLayout layout = engine.layout(conflictedOn(map, id), LayoutOptions.canvas());

        CardBox card = layout.card(id).orElseThrow();
        assertThat(card.marks().badges()).first().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(CardBadge.Kind.CONFLICT);
            assertThat(b.label().text()).isEqualTo("⚠ conflict");
            assertThat(b.bounds().x()).isGreaterThanOrEqualTo(card.bounds().x());
            assertThat(b.bounds().maxX()).isLessThanOrEqualTo(card.bounds().maxX());
            assertThat(b.bounds().y()).isGreaterThanOrEqualTo(card.bounds().y());
            assertThat(b.bounds().maxY()).isLessThanOrEqualTo(card.bounds().maxY());
        });
        for (CardBox other : layout.cards()) {
            if (!other.cardId().equals(id)) {
                assertThat(other.marks().badges()).noneMatch(b -> b.kind() == CardBadge.Kind.CONFLICT);
            }
        }
    }

    @Test
    void onARightToLeftMapTheBadgeComesFirstFromTheRight() {
        JourneyMap map = SampleMaps.hebrew();
        String id = map.cards().stream().filter(c -> c.channel() != null).findFirst().orElseThrow().id();

        CardBox card = engine.layout(conflictedOn(map, id), LayoutOptions.canvas()).card(id).orElseThrow();

        CardBadge badge = card.marks().badges().get(0);
        assertThat(badge.kind()).isEqualTo(CardBadge.Kind.CONFLICT);
        assertThat(badge.label().text()).isEqualTo("⚠ התנגשות");
        assertThat(badge.bounds().x()).isGreaterThanOrEqualTo(card.bounds().x());
        Rect channel = card.marks().channelBadge();
        assertThat(badge.bounds().maxX()).as("left of the channel pill at the reading start")
                .isLessThanOrEqualTo(channel.x());
    }

    @Test
    void settlingTheConflictTakesTheBadgeAway() {
        JourneyMap map = SampleMaps.english();
        String id = map.cards().get(0).id();
        engine.layout(conflictedOn(map, id), LayoutOptions.canvas());

        CardBox card = engine.layout(map, LayoutOptions.canvas()).card(id).orElseThrow();

        assertThat(card.marks().badges()).noneMatch(b -> b.kind() == CardBadge.Kind.CONFLICT);
    }
}
