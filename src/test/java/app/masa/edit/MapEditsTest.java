package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.card;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's own settings and the file's list of maps. */
@InterfaceLanguage("en")
class MapEditsTest {
    @Test
    void changeMapLabelsTheSettingItChanged() {
        JourneyMap m = map(file());
        assertThat(labelOf(m, m.withTitle("Veg"))).isEqualTo("Rename map “Groceries”");
        assertThat(labelOf(m, m.withScenario("Second order"))).isEqualTo("Edit scenario of “Groceries”");
        assertThat(labelOf(m, m.withDirection(Direction.RTL))).isEqualTo("Change reading direction of “Groceries”");
        assertThat(labelOf(m, m.withLanguage("he").withDirection(Direction.RTL))).isEqualTo("Edit map “Groceries”");
    }

    @Test
    void changeMapTouchesOnlyTheSettingsNotTheLists() {
        JourneyFile start = file();
        JourneyMap m = map(start);
        JourneyMap staleLists = m.withCards(List.of()).withTitle("Veg");
        JourneyFile after = applyAndCheck(Edits.changeMap(m, staleLists), start);
        assertThat(map(after)).isEqualTo(m.withTitle("Veg"));
    }

    @Test
    void typingATitleMergesIntoOneStep() {
        JourneyFile start = file();
        JourneyMap m = map(start);
        Command first = Edits.renameMap(m, "Veg");
        JourneyFile one = first.apply(start);
        Command second = Edits.changeMap(map(one), map(one).withTitle("Veggies"));
        JourneyFile two = second.apply(one);
        Command merged = first.mergeWith(second).orElseThrow();
        assertThat(merged.revert(two)).isEqualTo(start);
        assertThat(merged.label()).isEqualTo("Rename map “Groceries”");
    }

    @Test
    void aSmallerScaleClampsScoresAndUndoGivesThemBack() {
        JourneyFile start = file();
        Command three = Edits.setScale(MAP, EmotionScale.centred(List.of("bad", "ok", "good")));
        JourneyFile after = applyAndCheck(three, start);
        assertThat(card(after, "a2").score()).isEqualTo(1);
        assertThat(card(after, "b0").score()).isEqualTo(-1);
        assertThat(card(after, "a1").score()).isZero();
        assertThat(map(after).scale().levels()).isEqualTo(3);
        assertThat(three.label()).isEqualTo("Change emotion scale of “Groceries”");
        assertThat(three.mergeWith(Edits.setScale(MAP, map(start).scale()))).isEmpty();
    }

    @Test
    void mapsAreAddedDuplicatedMovedAndDeleted() {
        JourneyFile start = file();
        Command add = Edits.addMap(map(start).withId("m3").withTitle("Loyalty"), 0);
        JourneyFile added = applyAndCheck(add, start);
        assertThat(added.maps()).extracting(JourneyMap::id).containsExactly("m3", "m", "m2");
        assertThat(add.label()).isEqualTo("Add map “Loyalty”");

        Command duplicate = Edits.duplicateMap(MAP, "Groceries for students");
        JourneyFile copied = applyAndCheck(duplicate, start);
        JourneyMap copy = copied.maps().get(1);
        assertThat(copy.id()).isNotIn("m", "m2");
        assertThat(copy.title()).isEqualTo("Groceries for students");
        assertThat(copy.cards()).isEqualTo(map(start).cards());
        assertThat(duplicate.label()).isEqualTo("Duplicate map “Groceries”");

        Command move = Edits.moveMap("m2", 0);
        assertThat(applyAndCheck(move, start).maps()).extracting(JourneyMap::id).containsExactly("m2", "m");

        Command delete = Edits.deleteMap(MAP);
        assertThat(applyAndCheck(delete, start).maps()).extracting(JourneyMap::id).containsExactly("m2");
        assertThat(delete.label()).isEqualTo("Delete map “Groceries”");
    }

    @Test
    void theLastMapIsNotDeleted() {
        JourneyFile one = JourneyFile.of(map(file()));
        Command delete = Edits.deleteMap(MAP);
        assertThat(delete.check(one)).map(Refusal::message).contains(Messages.get("edit.map.lastMap"));
        assertThatThrownBy(() -> delete.apply(one))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        refused -> assertThat(refused.refusal().key()).isEqualTo("edit.map.lastMap"));
    }

    private static String labelOf(JourneyMap before, JourneyMap after) {
        Command change = Edits.changeMap(before, after);
        change.apply(file());
        return change.label();
    }
}
