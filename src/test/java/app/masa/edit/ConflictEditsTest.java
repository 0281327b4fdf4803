package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.card;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.ConflictKind;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settling a merge conflict: keep the version the map holds, or take the other one; both undoable. */
@InterfaceLanguage("en")
class ConflictEditsTest {
    private static JourneyFile with(MergeConflict... conflicts) {
        JourneyFile start = file();
        return start.withMap(map(start).withConflicts(List.of(conflicts)));
    }

    @Test
    void keepingThisVersionOnlyDropsTheConflict() {
        MergeConflict onCard = new MergeConflict(ConflictKind.CARD, "a0", List.of("title"),
                card(file(), "a0").withTitle("Banner"));
        MergeConflict onLane = new MergeConflict(ConflictKind.LANE, "l2", List.of("title"), null);
        JourneyFile start = with(onCard, onLane);

        Command keep = Edits.keepCurrentVersion(MAP, ConflictKind.CARD, "a0");
        JourneyFile kept = applyAndCheck(keep, start);

        assertThat(map(kept).conflicts()).containsExactly(onLane);
        assertThat(map(kept).withConflicts(List.of())).isEqualTo(map(file()));
        assertThat(keep.label()).isEqualTo("Keep this version (merge conflict)");
    }

    @Test
    void takingTheOtherVersionOfACardReplacesItWhole() {
        MergeConflict onCard = new MergeConflict(ConflictKind.CARD, "a0", List.of("title", "stage"),
                card(file(), "a0").withTitle("Banner").withPlace("s2", "l2", 4).withScore(9));

        Command take = Edits.takeOtherVersion(MAP, ConflictKind.CARD, "a0");
        JourneyFile taken = applyAndCheck(take, with(onCard));

        assertThat(card(taken, "a0").title()).isEqualTo("Banner");
        assertThat(card(taken, "a0").isIn("s2", "l2")).isTrue();
        assertThat(card(taken, "a0").score()).as("pulled onto the map's scale").isEqualTo(2);
        assertThat(map(taken).conflicts()).isEmpty();
        assertThat(take.label()).isEqualTo("Take the other version (merge conflict)");
    }

    @Test
    void takingAnOtherVersionThatDeletesAStageTakesItsCardsAndTheirArrowsAlong() {
        JourneyFile taken = applyAndCheck(Edits.takeOtherVersion(MAP, ConflictKind.STAGE, "s2"),
                with(new MergeConflict(ConflictKind.STAGE, "s2", List.of("name"), null)));

        JourneyMap map = map(taken);
        assertThat(map.stage("s2")).isEmpty();
        assertThat(map.card("b0")).isEmpty();
        assertThat(map.connections()).extracting(c -> c.id()).containsExactly("k1");
    }

    @Test
    void takingTheOtherSettingsKeepsTheListsAndPullsScoresOntoTheOtherScale() {
        JourneyMap settings = map(file()).withTitle("Theirs")
                .withScale(EmotionScale.centred(List.of("-", "0", "+")))
                .withPersonas(List.of()).withStages(List.of()).withLanes(List.of()).withCards(List.of())
                .withConnections(List.of());

        JourneyFile taken = applyAndCheck(Edits.takeOtherVersion(MAP, ConflictKind.MAP, MAP),
                with(new MergeConflict(ConflictKind.MAP, MAP, List.of("title", "scale"), settings)));

        assertThat(map(taken).title()).isEqualTo("Theirs");
        assertThat(map(taken).cards()).hasSameSizeAs(map(file()).cards());
        assertThat(card(taken, "b0").score()).isEqualTo(-1);
    }

    @Test
    void aThingWithoutAConflictIsRefusedAndTheDocumentIsLeftAlone() {
        JourneyFile start = file();
        Command take = Edits.takeOtherVersion(MAP, ConflictKind.CARD, "a0");

        assertThat(take.check(start)).hasValueSatisfying(r -> assertThat(r.message())
                .isEqualTo("There is no merge conflict here any more."));
        assertThatThrownBy(() -> take.apply(start)).isInstanceOf(CommandRefusedException.class);
    }
}
