package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import app.masa.model.sample.MapGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conflicted card's tooltip names what the other version has. */
@InterfaceLanguage("en")
class ConflictTipTest {
    private final JourneyMap map = MapGenerator.generate(3, 3, 3, 6).maps().get(0);
    private final Card card = map.cards().get(0);

    @Test
    void listsTheOtherVersionsValuesOfTheFieldsInDispute() {
        String other = map.stages().get(1).id();
        JourneyMap conflicted = map.withConflicts(List.of(new MergeConflict(ConflictKind.CARD, card.id(),
                List.of("title", "stage"), card.withTitle("Their title").withPlace(other, card.laneId(), 0))));

        assertThat(ConflictTip.of(conflicted, card)).isEqualTo("⚠ Merge conflict. The other version has:\n"
                + "title: “Their title”\nstage: “" + map.stages().get(1).name() + "”");
    }

    @Test
    void saysWhenTheOtherVersionDeletesTheCardAndNothingWithoutAConflict() {
        JourneyMap conflicted = map.withConflicts(List.of(new MergeConflict(ConflictKind.CARD, card.id(),
                List.of("title"), null)));

        assertThat(ConflictTip.of(conflicted, card)).isEqualTo("⚠ Merge conflict: the other version deletes this card.");
        assertThat(ConflictTip.of(map, card)).isNull();
    }
}
