package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stages, lanes, connections and personas. */
@InterfaceLanguage("en")
class StructureEditsTest {
    @Test
    void addMoveAndDeleteAStage() {
        Command add = Edits.addStage(MAP, Stage.of("s0", "Research"), 0);
        JourneyFile added = applyAndCheck(add, file());
        assertThat(map(added).stages()).extracting(Stage::id).containsExactly("s0", "s1", "s2");
        assertThat(add.label()).isEqualTo("Add stage “Research”");

        Command move = Edits.moveStage(MAP, "s0", 5);
        JourneyFile moved = applyAndCheck(move, added);
        assertThat(map(moved).stages()).extracting(Stage::id).containsExactly("s1", "s2", "s0");
        assertThat(move.label()).isEqualTo("Move stage “Research”");
        assertThat(Edits.moveStage(MAP, "s1", 0).apply(moved)).isSameAs(moved);
    }

    @Test
    void deletingAStageTakesItsCardsAndTheirConnectionsInOneStep() {
        Command delete = Edits.deleteStage(MAP, "s2");
        JourneyFile after = applyAndCheck(delete, file());
        assertThat(map(after).stages()).extracting(Stage::id).containsExactly("s1");
        assertThat(map(after).cards()).extracting(Card::id).containsExactly("a0", "a1", "p0", "a2");
        assertThat(map(after).connections()).extracting(Connection::id).containsExactly("k1");
        assertThat(delete.label()).isEqualTo("Delete stage “Purchase”");
    }

    @Test
    void changingAStageNamesWhatChangedAndABorderDragIsOneStep() {
        JourneyFile start = file();
        Stage s = map(start).stage("s1").orElseThrow();
        Command wider = Edits.changeStage(MAP, s, s.withWidth(1.2));
        JourneyFile one = wider.apply(start);
        Command widerStill = Edits.changeStage(MAP, s.withWidth(1.2), s.withWidth(1.6));
        JourneyFile two = widerStill.apply(one);
        Command drag = wider.mergeWith(widerStill).orElseThrow();
        assertThat(drag.label()).isEqualTo("Resize stage “Awareness”");
        assertThat(drag.revert(two)).isEqualTo(start);
        assertThat(map(two).stage("s1").orElseThrow().width()).isEqualTo(1.6);

        Command rename = Edits.changeStage(MAP, s, s.withName("Discover"));
        applyAndCheck(rename, start);
        assertThat(rename.label()).isEqualTo("Rename stage “Awareness”");
        rename.apply(start);
        assertThat(wider.mergeWith(rename)).isEmpty();
        assertThatThrownBy(() -> Edits.changeStage(MAP, s, Stage.of("other", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lanesAddChangeCollapseMoveAndDeleteWithTheirCards() {
        JourneyFile start = file();
        JourneyFile added = applyAndCheck(Edits.addLane(MAP, Lane.of("l3", "Ideas", LaneKind.CARDS), 1), start);
        assertThat(map(added).lanes()).extracting(Lane::id).containsExactly("l1", "l3", "l2", "emo");

        Lane l2 = map(start).lane("l2").orElseThrow();
        Command collapse = Edits.changeLane(MAP, l2, l2.withCollapsed(true));
        assertThat(map(applyAndCheck(collapse, start)).lane("l2").orElseThrow().collapsed()).isTrue();
        assertThat(collapse.label()).isEqualTo("Collapse lane “Pain points”");
        Command taller = Edits.changeLane(MAP, l2, l2.withHeight(120));
        applyAndCheck(taller, start);
        assertThat(taller.label()).isEqualTo("Resize lane “Pain points”");

        Command move = Edits.moveLane(MAP, "emo", 0);
        assertThat(map(applyAndCheck(move, start)).lanes()).extracting(Lane::id).containsExactly("emo", "l1", "l2");

        Command delete = Edits.deleteLane(MAP, "l1");
        JourneyFile deleted = applyAndCheck(delete, start);
        assertThat(map(deleted).cards()).extracting(Card::id).containsExactly("p0");
        assertThat(map(deleted).connections()).isEmpty();
        assertThat(delete.label()).isEqualTo("Delete lane “Touchpoints”");
    }

    @Test
    void connectionsAreAddedBetweenExistingCardsRelabelledAndDeleted() {
        JourneyFile start = file();
        Command add = Edits.addConnection(MAP, Connection.of("k3", "b0", "a0"));
        JourneyFile added = applyAndCheck(add, start);
        assertThat(map(added).connections()).extracting(Connection::id).containsExactly("k1", "k2", "k3");
        assertThat(add.label()).isEqualTo("Add connection");
        assertThatThrownBy(() -> Edits.addConnection(MAP, Connection.of("k4", "b0", "nowhere")).apply(start))
                .isInstanceOf(IllegalArgumentException.class);

        Connection k1 = map(start).connection("k1").orElseThrow();
        Command label = Edits.changeConnection(MAP, k1, k1.withLabel("clicks"));
        assertThat(map(applyAndCheck(label, start)).connection("k1").orElseThrow().label()).isEqualTo("clicks");
        assertThat(label.label()).isEqualTo("Label connection");

        Command delete = Edits.deleteConnections(MAP, List.of("k1", "k2"));
        assertThat(map(applyAndCheck(delete, start)).connections()).isEmpty();
        assertThat(delete.label()).isEqualTo("Delete 2 connections");
    }

    @Test
    void personasAreAddedChangedAndDeleted() {
        JourneyFile start = file();
        Command add = Edits.addPersona(MAP, Persona.of("yossi", "Yossi"));
        JourneyFile added = applyAndCheck(add, start);
        assertThat(map(added).personas()).extracting(Persona::id).containsExactly("dana", "yossi");
        assertThat(add.label()).isEqualTo("Add persona “Yossi”");

        Persona dana = map(start).personas().get(0);
        Command quote = Edits.changePersona(MAP, dana, dana.withQuote("No time to queue"));
        applyAndCheck(quote, start);
        assertThat(quote.label()).isEqualTo("Edit persona “Dana”");

        Command delete = Edits.deletePersona(MAP, "dana");
        assertThat(map(applyAndCheck(delete, start)).personas()).isEmpty();
        assertThat(delete.label()).isEqualTo("Delete persona “Dana”");
    }

    @Test
    void aCompoundIsOneStepUndoneInReverse() {
        JourneyFile start = file();
        Command both = Edits.compound("Tidy up", List.of(
                Edits.moveCards(MAP, List.of("p0"), "s2", "l1", 0),
                Edits.deleteStage(MAP, "s1")));
        JourneyFile after = applyAndCheck(both, start);
        assertThat(map(after).cards()).extracting(Card::id).containsExactlyInAnyOrder("b0", "p0");
        assertThat(both.label()).isEqualTo("Tidy up");
    }
}
