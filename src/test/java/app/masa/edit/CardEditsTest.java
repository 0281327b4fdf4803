package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.card;
import static app.masa.edit.EditFixture.cell;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import java.util.List;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class CardEditsTest {
    @Test
    void addCardInsertsAtItsOrderAndShiftsTheRestDown() {
        Card fresh = Card.of("new", "s1", "l1", 1, CardType.ACTION, "Compare");
        Command add = Edits.addCard(MAP, fresh);
        JourneyFile after = applyAndCheck(add, file());
        assertThat(cell(after, "s1", "l1")).containsExactly("a0", "new", "a1", "a2");
        assertThat(add.label()).isEqualTo("Add card “Compare”");
        assertThat(map(after).cards()).hasSize(6).last().extracting(Card::id).isEqualTo("new");
    }

    @Test
    void addCardRefusesAnIdInUseAndAMissingCell() {
        assertThatThrownBy(() -> Edits.addCard(MAP, Card.of("a0", "s1", "l1", 0, null, "x")).apply(file()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Edits.addCard(MAP, Card.of("z", "nope", "l1", 0, null, "x")).apply(file()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moveOneCardToAnotherCellAtASlot() {
        Command move = Edits.moveCards(MAP, List.of("a1"), "s2", "l1", 0);
        JourneyFile after = applyAndCheck(move, file());
        assertThat(cell(after, "s1", "l1")).containsExactly("a0", "a2");
        assertThat(cell(after, "s2", "l1")).containsExactly("a1", "b0");
        assertThat(move.label()).isEqualTo("Move card “Site”");
    }

    @Test
    void reorderInsideACellCountsTheSlotAsShownBeforeTheMove() {
        // a0 dropped after a1 (slot 2 of a0, a1, a2): a1, a0, a2.
        JourneyFile after = applyAndCheck(Edits.moveCards(MAP, List.of("a0"), "s1", "l1", 2), file());
        assertThat(cell(after, "s1", "l1")).containsExactly("a1", "a0", "a2");
        JourneyFile last = applyAndCheck(Edits.moveCards(MAP, List.of("a0"), "s1", "l1", 99), file());
        assertThat(cell(last, "s1", "l1")).containsExactly("a1", "a2", "a0");
    }

    @Test
    void movingSeveralCardsKeepsTheirJourneyOrderAndNumbersEveryTouchedCell() {
        Command move = Edits.moveCards(MAP, List.of("b0", "a2", "a0"), "s1", "l2", 1);
        JourneyFile after = applyAndCheck(move, file());
        assertThat(cell(after, "s1", "l2")).containsExactly("p0", "a0", "a2", "b0");
        assertThat(cell(after, "s1", "l1")).containsExactly("a1");
        assertThat(cell(after, "s2", "l1")).isEmpty();
        assertThat(move.label()).isEqualTo("Move 3 cards");
    }

    @Test
    void aMoveThatChangesNothingLeavesTheDocumentAsItIs() {
        JourneyFile before = file();
        assertThat(Edits.moveCards(MAP, List.of("a1"), "s1", "l1", 1).apply(before)).isSameAs(before);
        assertThat(Edits.moveCards(MAP, List.of("gone"), "s1", "l1", 0).apply(before)).isSameAs(before);
    }

    @Test
    void duplicateMakesCopiesWithNewIdsAndRedoBringsBackTheSameIds() {
        Command duplicate = Edits.duplicateCards(MAP, List.of("a2", "a0"), "s2", "l1", 1);
        JourneyFile after = applyAndCheck(duplicate, file());
        List<String> target = cell(after, "s2", "l1");
        assertThat(target).hasSize(3).startsWith("b0");
        assertThat(target.subList(1, 3)).doesNotContainAnyElementsOf(List.of("a0", "a2", "b0"));
        assertThat(card(after, target.get(1)).title()).isEqualTo("Ad");
        assertThat(card(after, target.get(2)).title()).isEqualTo("Checkout");
        assertThat(cell(after, "s1", "l1")).containsExactly("a0", "a1", "a2");
        assertThat(duplicate.label()).isEqualTo("Duplicate 2 cards");
    }

    @Test
    void pasteGivesNewIdsKeepsTheClipboardOrderAndClampsScoresToTheScale() {
        Card first = Card.of("x", "elsewhere", "lane", 7, CardType.TOUCHPOINT, "One").withScore(9);
        Card second = Card.of("y", "elsewhere", "lane", 0, CardType.NOTE, "Two");
        Command paste = Edits.pasteCards(MAP, List.of(first, second), "s1", "l2", 0);
        JourneyFile after = applyAndCheck(paste, file());
        List<String> ids = cell(after, "s1", "l2");
        assertThat(ids).hasSize(3).endsWith("p0").doesNotContain("x", "y");
        assertThat(card(after, ids.get(0)).title()).isEqualTo("One");
        assertThat(card(after, ids.get(0)).score()).isEqualTo(2);
        assertThat(card(after, ids.get(1)).title()).isEqualTo("Two");
        assertThat(paste.label()).isEqualTo("Paste 2 cards");
    }

    @Test
    void deleteRemovesCardsAndTheirConnectionsAndClosesTheGap() {
        Command delete = Edits.deleteCards(MAP, List.of("a1"));
        JourneyFile after = applyAndCheck(delete, file());
        assertThat(cell(after, "s1", "l1")).containsExactly("a0", "a2");
        assertThat(map(after).connections()).isEmpty();
        assertThat(delete.label()).isEqualTo("Delete card “Site”");
        assertThat(Edits.deleteCards(MAP, List.of("a0", "b0")).apply(file())).satisfies(doc ->
                assertThat(map(doc).connections()).isEmpty());
    }

    @Test
    void changeCardNamesTheFieldItChangedAndKeepsThePlace() {
        Card before = card(file(), "a2");
        assertThat(labelOf(before, before.withTitle("Pay now"))).isEqualTo("Rename card “Checkout”");
        assertThat(labelOf(before, before.withScore(-1))).isEqualTo("Set score of “Checkout”");
        assertThat(labelOf(before, before.withType(CardType.ACTION))).isEqualTo("Change type of “Checkout”");
        assertThat(labelOf(before, before.withChannel(Channel.APP))).isEqualTo("Change channel of “Checkout”");
        assertThat(labelOf(before, before.withBody("x").withColor("#ffffff"))).isEqualTo("Edit card “Checkout”");

        Card stale = before.withPlace("s2", "l2", 9).withTitle("Pay now");
        JourneyFile after = applyAndCheck(Edits.changeCard(MAP, before, stale), file());
        assertThat(card(after, "a2")).isEqualTo(before.withTitle("Pay now"));
    }

    @Test
    void typingATitleMergesIntoOneStepButAnotherFieldDoesNot() {
        JourneyFile start = file();
        Card c = card(start, "a2");
        Command first = Edits.changeCard(MAP, c, c.withTitle("Check"));
        JourneyFile one = first.apply(start);
        Command second = Edits.changeCard(MAP, c.withTitle("Check"), c.withTitle("Check it"));
        JourneyFile two = second.apply(one);

        Command merged = first.mergeWith(second).orElseThrow();
        assertThat(merged.label()).isEqualTo("Rename card “Checkout”");
        assertThat(merged.revert(two)).isEqualTo(start);
        assertThat(merged.apply(start)).isEqualTo(two);

        Command score = Edits.setCardScore(MAP, "a2", 0);
        score.apply(two);
        assertThat(second.mergeWith(score)).isEmpty();
        Command otherCard = Edits.changeCard(MAP, card(two, "a0"), card(two, "a0").withTitle("Banner"));
        otherCard.apply(two);
        assertThat(second.mergeWith(otherCard)).isEmpty();
    }

    @Test
    void setCardScoreMergesWhileACurvePointIsDragged() {
        JourneyFile start = file();
        Command up = Edits.setCardScore(MAP, "b0", -1);
        JourneyFile one = up.apply(start);
        Command upAgain = Edits.setCardScore(MAP, "b0", 1);
        JourneyFile two = upAgain.apply(one);
        Command merged = up.mergeWith(upAgain).orElseThrow();
        assertThat(merged.label()).isEqualTo("Set score of “Pay”");
        assertThat(card(two, "b0").score()).isEqualTo(1);
        assertThat(merged.revert(two)).isEqualTo(start);
        assertThat(applyAndCheck(Edits.setCardScore(MAP, "b0", null), start)).satisfies(doc ->
                assertThat(card(doc, "b0").score()).isNull());
    }

    @Test
    void cardsOfTheOtherMapAreNotTouched() {
        JourneyFile before = file();
        JourneyFile after = applyAndCheck(Edits.deleteCards(MAP, List.of("a0", "a1", "a2")), before);
        assertThat(after.map("m2")).isEqualTo(before.map("m2"));
        assertThat(after.map("m2").orElseThrow().connections()).extracting(Connection::id).contains("k1", "k2");
    }

    private static String labelOf(Card before, Card after) {
        Command change = Edits.changeCard(MAP, before, after);
        change.apply(file());
        return change.label();
    }
}
