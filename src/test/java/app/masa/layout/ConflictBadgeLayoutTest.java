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
    void aStageInConflictShowsTheBadgeAtTheFootOfItsHeaderAndTheOthersDoNot() {
        JourneyMap map = SampleMaps.english();
        String id = map.stages().get(1).id();
        JourneyMap conflicted = map.withConflicts(List.of(new MergeConflict(ConflictKind.STAGE, id, List.of(), null)));

        MapLayout layout = engine.layout(conflicted, LayoutOptions.canvas());

        StageBox stage = layout.stages().get(1);
        CardBadge badge = stage.conflictBadge();
        assertThat(badge).isNotNull();
        assertThat(badge.label().text()).isEqualTo("⚠ conflict");
        assertThat(badge.bounds().x()).isGreaterThanOrEqualTo(stage.header().x());
        assertThat(badge.bounds().maxX()).isLessThanOrEqualTo(stage.header().maxX());
        assertThat(badge.bounds().maxY()).isLessThanOrEqualTo(stage.header().maxY());
        double nameBottom = stage.nameLines().get(stage.nameLines().size() - 1).baseline();
        assertThat(badge.bounds().y()).as("below the name").isGreaterThan(nameBottom);
        assertThat(layout.stages()).filteredOn(s -> !s.stageId().equals(id)).allMatch(s -> s.conflictBadge() == null);
    }

    @Test
    void aLaneInConflictShowsTheBadgeUnderItsTitleInsideItsHeaderInBothDirections() {
        for (JourneyMap map : List.of(SampleMaps.english(), SampleMaps.hebrew())) {
            String id = map.lanes().get(0).id();
            JourneyMap conflicted = map.withConflicts(List.of(new MergeConflict(ConflictKind.LANE, id, List.of("title"),
                    map.lanes().get(0).withTitle("Their lane"))));

            MapLayout layout = engine.layout(conflicted, LayoutOptions.canvas());

            LaneBox lane = layout.lanes().get(0);
            CardBadge badge = lane.conflictBadge();
            assertThat(badge).as(map.language()).isNotNull();
            Rect header = lane.header();
            assertThat(badge.bounds().x()).isGreaterThanOrEqualTo(header.x());
            assertThat(badge.bounds().maxX()).isLessThanOrEqualTo(header.maxX());
            assertThat(badge.bounds().maxY()).as("the header grows to hold it").isLessThanOrEqualTo(header.maxY());
            assertThat(badge.bounds().y()).as("under the title")
                    .isGreaterThan(lane.titleLines().get(lane.titleLines().size() - 1).baseline());
            double start = map.language().equals("he") ? header.maxX() - badge.bounds().maxX()
                    : badge.bounds().x() - header.x();
            assertThat(start).as("from the reading start").isLessThan(header.width() / 2);
            assertThat(layout.lanes()).filteredOn(l -> !l.laneId().equals(id)).allMatch(l -> l.conflictBadge() == null);
        }
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
