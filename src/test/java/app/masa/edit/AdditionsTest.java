package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import app.masa.model.Nps;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdditionsTest {
    private final JourneyFile start = file();
    private final JourneyMap map = map(start);

    @Test
    void aNewStageGoesAfterTheOneNamedWithAFreshIdAndTheDefaultName() {
        String second = map.stages().get(1).id();
        Addition added = Additions.stageAfter(map, second);

        JourneyMap after = map(added.command().apply(start));

        assertThat(after.stageIndex(added.id())).isEqualTo(2);
        assertThat(map.stages()).extracting(Stage::id).doesNotContain(added.id());
        assertThat(after.stages().get(2).name()).isEqualTo(Messages.get("edit.stage.newName"));
        assertThat(map(Additions.stageAfter(map, null).command().apply(start)).stages()).last()
                .extracting(Stage::name).isEqualTo(Messages.get("edit.stage.newName"));
    }

    @Test
    void aNewLaneGoesBelowTheOneNamedOrAtTheBottom() {
        String first = map.lanes().get(0).id();
        Addition below = Additions.laneBelow(map, first);
        Addition bottom = Additions.laneBelow(map, "no-such-lane");

        assertThat(map(below.command().apply(start)).laneIndex(below.id())).isEqualTo(1);
        assertThat(map(bottom.command().apply(start)).laneIndex(bottom.id())).isEqualTo(map.lanes().size());
    }

    @Test
    void aNewCardAndArrowGetIdsNoSiblingHas() {
        Addition card = Additions.card(map, map.stages().get(0).id(), map.lanes().get(0).id(), 0,
                CardType.OPPORTUNITY, "Free delivery");
        JourneyFile withCard = card.command().apply(start);
        assertThat(map(withCard).card(card.id())).get().extracting(c -> c.title()).isEqualTo("Free delivery");

        String other = map.cards().get(0).id();
        Addition arrow = Additions.connection(map(withCard), other, card.id());
        assertThat(map(arrow.command().apply(withCard)).connections()).anyMatch(k -> k.id().equals(arrow.id())
                && k.fromCardId().equals(other) && k.toCardId().equals(card.id()));
    }

    @Test
    void aMapLikeAnotherKeepsItsStagesAndLanesOnly() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        String card = map.cards().get(0).id();
        JourneyMap measured = map.withStages(map.stages().stream().map(s -> s.withNps(Nps.of(5, 2, 1))).toList())
                .withLinks(List.of(JourneyLink.toMap(card, MAP)));
        JourneyFile file = CommentEdits.comment(MAP, card, "Dana", now, "Why?")
                .apply(start.withMaps(List.of(measured)));
        Addition added = Additions.mapLike(file, file.map(MAP).orElseThrow(), "Returns", now);

        JourneyMap copy = added.command().apply(file).map(added.id()).orElseThrow();

        assertThat(added.id()).isNotEqualTo(MAP);
        assertThat(copy.title()).isEqualTo("Returns");
        assertThat(copy.stages()).extracting(s -> s.id()).isEqualTo(map.stages().stream().map(s -> s.id()).toList());
        assertThat(copy.stages()).allSatisfy(s -> assertThat(s.nps().isEmpty()).isTrue());
        assertThat(copy.cards()).isEmpty();
        assertThat(copy.comments()).isEmpty();
        assertThat(copy.links()).isEmpty();
        assertThat(copy.created()).isEqualTo(now);
    }
}
