package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Taking records from another version of the map: one step, ids kept, undone exactly. */
class TakeVersionTest {
    private final JourneyFile file = EditFixture.file();
    private final JourneyMap ours = EditFixture.map(file);

    @Test
    void anAddedCardArrivesWithItsIdAndTheCellIsNumberedAgain() {
        Card coupon = EditFixture.touchpoint("n1", "s1", "l1", 1, "Coupon", 2);
        JourneyMap theirs = ours.withCards(with(ours.cards().stream()
                .map(c -> c.isIn("s1", "l1") && c.order() >= 1 ? c.withOrder(c.order() + 1) : c).toList(), coupon));

        Command take = Edits.takeVersion(EditFixture.MAP, theirs, List.of(new Take(VersionPart.CARD, "n1")));
        JourneyFile after = take.apply(file);

        JourneyMap map = EditFixture.map(after);
        assertThat(map.cardsIn("s1", "l1")).extracting(Card::id).containsExactly("a0", "n1", "a1", "a2");
        assertThat(map.cardsIn("s1", "l1")).extracting(Card::order).containsExactly(0, 1, 2, 3);
        assertThat(take.label()).isEqualTo("Take “Coupon” from the other version");
        assertThat(take.revert(after)).isEqualTo(file);
    }

    @Test
    void aRemovedCardGoesWithItsArrows() {
        JourneyMap theirs = ours.withCards(ours.cards().stream().filter(c -> !c.id().equals("a1")).toList())
                .withConnections(List.of());

        JourneyFile after = Edits.takeVersion(EditFixture.MAP, theirs, List.of(new Take(VersionPart.CARD, "a1")))
                .apply(file);

        JourneyMap map = EditFixture.map(after);
        assertThat(map.card("a1")).isEmpty();
        assertThat(map.connections()).isEmpty();
        assertThat(map.cardsIn("s1", "l1")).extracting(Card::order).containsExactly(0, 1);
    }

    @Test
    void aCardMovedIntoAStageWeDoNotHaveBringsTheStage() {
        Stage returns = Stage.of("s3", "Returns");
        List<Stage> stages = new ArrayList<>(ours.stages());
        stages.add(returns);
        JourneyMap theirs = ours.withStages(stages).withCards(ours.cards().stream()
                .map(c -> c.id().equals("b0") ? c.withPlace("s3", "l1", 0).withScore(1) : c).toList());

        Command take = Edits.takeVersion(EditFixture.MAP, theirs, List.of(new Take(VersionPart.CARD, "b0")));
        JourneyFile after = take.apply(file);

        JourneyMap map = EditFixture.map(after);
        assertThat(map.stages()).extracting(Stage::id).containsExactly("s1", "s2", "s3");
        assertThat(map.card("b0").orElseThrow().stageId()).isEqualTo("s3");
        assertThat(map.card("b0").orElseThrow().score()).isEqualTo(1);
        assertThat(take.revert(after)).isEqualTo(file);
    }

    @Test
    void takingEverythingMakesTheOtherVersionInOneStep() {
        JourneyMap theirs = ours.withStages(List.of(ours.stages().get(1), ours.stages().get(0)))
                .withCards(List.of(EditFixture.touchpoint("a0", "s2", "l1", 1, "Ad (video)", -1),
                        EditFixture.touchpoint("b0", "s2", "l1", 0, "Pay", -2),
                        EditFixture.touchpoint("z9", "s1", "l1", 0, "Word of mouth", 2)))
                .withConnections(List.of(Connection.of("k9", "z9", "a0")));
        List<Take> all = List.of(new Take(VersionPart.STAGE, "s1"), new Take(VersionPart.STAGE, "s2"),
                new Take(VersionPart.CARD, "a0"), new Take(VersionPart.CARD, "a1"), new Take(VersionPart.CARD, "a2"),
                new Take(VersionPart.CARD, "p0"), new Take(VersionPart.CARD, "z9"),
                new Take(VersionPart.CONNECTION, "k1"), new Take(VersionPart.CONNECTION, "k2"),
                new Take(VersionPart.CONNECTION, "k9"));
        History history = new History(file);

        history.execute(Edits.takeVersion(EditFixture.MAP, theirs, all));

        JourneyMap map = EditFixture.map(history.document());
        assertThat(map.stages()).isEqualTo(theirs.stages());
        assertThat(map.connections()).isEqualTo(theirs.connections());
        assertThat(map.cardsIn("s2", "l1")).containsExactly(theirs.card("b0").orElseThrow(), theirs.card("a0").orElseThrow());
        assertThat(map.cardsIn("s1", "l1")).containsExactly(theirs.card("z9").orElseThrow());
        assertThat(history.undoLabel()).contains("Take 10 changes from the other version");
        history.undo();
        assertThat(history.document()).isEqualTo(file);
        assertThat(history.canUndo()).isFalse();
    }

    private static List<Card> with(List<Card> cards, Card card) {
        List<Card> all = new ArrayList<>(cards);
        all.add(card);
        return all;
    }
}
