package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.sample.MapGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CardColumnsTest {
    @Test
    void columnsCarriedThroughEditsMatchColumnsReadAfresh() {
        History history = new History(MapGenerator.generate(11, 6, 5, 400));
        RandomEdits edits = RandomEdits.workshopMix();
        SplittableRandom random = new SplittableRandom(11);
        int carried = 0;
        int changed = 0;
        for (int i = 0; i < 400; i++) {
            List<Card> before = cardsOf(history.document());
            CardColumns.of(before);
            history.execute(edits.next(history.document(), random));
            history.seal();
            if (i % 7 == 3) {
                history.undo();
            }
            List<Card> cards = cardsOf(history.document());
            if (cards != before && i % 7 != 3) {
                changed++;
                carried += CardColumns.isKnown(cards) ? 1 : 0;
            }
            CardColumns kept = CardColumns.of(cards);
            CardColumns fresh = CardColumns.build(cards);
            assertThat(kept.ids).as("ids after edit %d", i).isEqualTo(fresh.ids);
            assertThat(kept.cells).as("cells after edit %d", i).isEqualTo(fresh.cells);
        }
        // every edit of the cards hands its columns on to the list it makes
        assertThat(changed).isGreaterThan(200);
        assertThat(carried).isEqualTo(changed);
    }

    @Test
    void findsCardsByIdAndCellInAListThatIsNotTheModels() {
        JourneyMap map = MapGenerator.generate(3, 3, 3, 30).maps().get(0);
        List<Card> cards = new ArrayList<>(map.cards());
        Card wanted = cards.get(17);

        assertThat(CardIndex.positionOf(cards, wanted.id())).isEqualTo(17);
        assertThat(CardIndex.positionsOf(cards, List.of(wanted.id(), "no such card", cards.get(2).id())))
                .containsExactly(2, 17);
        assertThat(CardIndex.positionOf(cards, "no such card")).isEqualTo(-1);
    }

    private static List<Card> cardsOf(JourneyFile doc) {
        return doc.maps().get(0).cards();
    }
}
