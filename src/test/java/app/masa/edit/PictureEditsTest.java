package app.masa.edit;

import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.card;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.io.pictures.TestPictures;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Picture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pictures onto cards and into cells, each gesture one named step that undoes. */
@InterfaceLanguage("en")
class PictureEditsTest {
    private static final Picture SHOP = TestPictures.picture();
    private static final Picture MAGNET = TestPictures.picture().withFocus(0.1, 0.2);

    private static JourneyFile withStoryboard() {
        JourneyMap map = map(file());
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(0, Lane.of("story", "Storyboard", LaneKind.STORYBOARD));
        List<Card> cards = new ArrayList<>(map.cards());
        cards.add(Card.of("frame-s2", "s2", "story", 0, CardType.NOTE, "Pays at the door"));
        JourneyMap changed = map.withLanes(lanes).withCards(cards);
        return file().withMap(changed);
    }

    @Test
    void aPictureOnACardItsFocusAndItsRemovalAreStepsThatUndo() {
        JourneyFile start = file();
        Command add = Edits.setCardPicture(EditFixture.MAP, "a0", SHOP);
        JourneyFile added = applyAndCheck(add, start);
        JourneyFile moved = applyAndCheck(Edits.setCardPicture(EditFixture.MAP, "a0", SHOP.withFocus(0.2, 0.9)), added);
        JourneyFile removed = applyAndCheck(Edits.setCardPicture(EditFixture.MAP, "a0", null), moved);

        assertThat(add.label()).isEqualTo("Change picture of “Ad”");
        assertThat(card(added, "a0").picture()).isEqualTo(SHOP);
        assertThat(card(moved, "a0").picture().focusY()).isEqualTo(0.9);
        assertThat(card(removed, "a0").picture()).isNull();
        assertThat(add.revert(added)).isEqualTo(start);
    }

    @Test
    void dragsOfTheFocusPointMergeIntoOneStep() {
        Command first = Edits.setCardPicture(EditFixture.MAP, "a0", SHOP.withFocus(0.1, 0.1));
        first.apply(file());
        Command second = Edits.setCardPicture(EditFixture.MAP, "a0", SHOP.withFocus(0.3, 0.3));
        second.apply(first.apply(file()));

        assertThat(first.mergeWith(second)).isPresent();
    }

    @Test
    void picturesDroppedOnAStoryboardFillTheStageAndTheStagesAfterItKeepingCaptions() {
        JourneyFile start = withStoryboard();
        PictureEdits.Placed placed = PictureEdits.intoCell(map(start), "s1", "story", 0,
                List.of(new PictureEdits.Named("shop front", SHOP), new PictureEdits.Named("magnet", MAGNET))).orElseThrow();

        JourneyFile after = applyAndCheck(placed.command(), start);

        assertThat(placed.command().label()).isEqualTo("Add 2 pictures");
        Card first = card(after, placed.cardIds().get(0));
        assertThat(first.stageId()).isEqualTo("s1");
        assertThat(first.title()).isEqualTo("shop front");
        assertThat(first.picture()).isEqualTo(SHOP);
        assertThat(placed.cardIds().get(1)).isEqualTo("frame-s2");
        assertThat(card(after, "frame-s2").title()).isEqualTo("Pays at the door");
        assertThat(card(after, "frame-s2").picture()).isEqualTo(MAGNET);
        assertThat(placed.command().revert(after)).isEqualTo(start);
    }

    @Test
    void picturesDroppedInACardsLaneBecomeNewCardsAtTheSlotAndNeverInTheEmotionCurve() {
        JourneyFile start = file();
        PictureEdits.Placed placed = PictureEdits.intoCell(map(start), "s1", "l1", 1,
                List.of(new PictureEdits.Named("shop front", SHOP))).orElseThrow();

        JourneyFile after = applyAndCheck(placed.command(), start);

        assertThat(EditFixture.cell(after, "s1", "l1")).containsExactly("a0", placed.cardIds().get(0), "a1", "a2");
        assertThat(placed.command().label()).isEqualTo("Add card “shop front”");
        assertThat(PictureEdits.intoCell(map(start), "s1", "emo", 0, List.of(new PictureEdits.Named("x", SHOP))))
                .isEmpty();
    }
}
