package app.masa.edit;

import static app.masa.edit.EditFixture.MAP;
import static app.masa.edit.EditFixture.applyAndCheck;
import static app.masa.edit.EditFixture.card;
import static app.masa.edit.EditFixture.file;
import static app.masa.edit.EditFixture.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.VoteCount;
import app.masa.model.EmotionScale;
import app.masa.model.Facing;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.Persona;
import app.masa.model.Stage;
import app.masa.model.TouchpointQuestion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conversion paths, the dot vote, the new map settings, and the new parts of cards, stages and personas. */
@InterfaceLanguage("en")
class WorkshopEditsTest {
    private static JourneyFile withVote(DotVote vote) {
        JourneyFile start = file();
        return start.withMap(map(start).withVote(vote));
    }

    @Test
    void setsConversionPathsAsOneUndoableStep() {
        JourneyFile start = file();
        List<ConversionPath> after = List.of(ConversionPath.of("p1", List.of("channel:social", "a0", "b0"), 12));

        Command command = Edits.setConversionPaths(MAP, List.of(), after);
        JourneyFile changed = applyAndCheck(command, start);

        assertThat(map(changed).conversionPaths()).isEqualTo(after);
        assertThat(command.label()).isEqualTo("Edit conversion paths");
        assertThat(Edits.setConversionPaths(MAP, after, after).apply(changed)).isSameAs(changed);
    }

    @Test
    void labelsAVoteChangeByWhatItDoes() {
        DotVote open = DotVote.start(3, 2, Set.of(CardType.PAIN_POINT));
        DotVote oneDot = open.withDotsChanged("p0", 1);
        JourneyFile none = file();
        JourneyFile started = withVote(open);
        JourneyFile voted = withVote(oneDot);

        assertThat(labelOf(Edits.setVote(MAP, null, open), none)).isEqualTo("Start dot vote");
        assertThat(labelOf(Edits.setVote(MAP, open, oneDot), started)).isEqualTo("Add a dot");
        assertThat(labelOf(Edits.setVote(MAP, oneDot, open), voted)).isEqualTo("Remove a dot");
        assertThat(labelOf(Edits.setVote(MAP, oneDot, oneDot.withOpen(false)), voted)).isEqualTo("Close dot vote");
        assertThat(labelOf(Edits.setVote(MAP, oneDot.withOpen(false), oneDot),
                withVote(oneDot.withOpen(false)))).isEqualTo("Reopen dot vote");
        assertThat(labelOf(Edits.setVote(MAP, oneDot, null), voted)).isEqualTo("Clear dot vote");
        assertThat(labelOf(Edits.setVote(MAP, oneDot, oneDot.withParticipants(9)), voted)).isEqualTo("Change dot vote");
    }

    private static String labelOf(Command command, JourneyFile document) {
        applyAndCheck(command, document);
        return command.label();
    }

    @Test
    void addsAndRemovesDotsWithinTheBudget() {
        JourneyFile start = withVote(DotVote.start(1, 2, Set.of()));

        Command first = Edits.addDot(MAP, "a1");
        JourneyFile one = applyAndCheck(first, start);
        JourneyFile two = applyAndCheck(Edits.addDot(MAP, "a1"), one);

        assertThat(first.label()).isEqualTo("Add a dot to “Site”");
        assertThat(map(two).vote().dotsOn("a1")).isEqualTo(2);
        assertThat(Edits.addDot(MAP, "b0").check(two)).map(Refusal::message)
                .contains("All 2 dots have been given; remove one to give it to another card.");
        Command remove = Edits.removeDot(MAP, "a1");
        JourneyFile back = applyAndCheck(remove, two);
        assertThat(remove.label()).isEqualTo("Remove a dot from “Site”");
        assertThat(map(back).vote().dotsOn("a1")).isEqualTo(1);
        assertThat(Edits.removeDot(MAP, "b0").apply(back)).as("no dots to remove").isSameAs(back);
    }

    @Test
    void deletingAVotedCardGivesItsDotsBackToTheRoomAndUndoTakesThemAgain() {
        JourneyFile start = withVote(DotVote.start(1, 2, Set.of()));
        JourneyFile spent = Edits.addDot(MAP, "a0").apply(Edits.addDot(MAP, "a1").apply(start));
        assertThat(map(spent).standingVote().dotsLeft()).isZero();

        Command delete = Edits.deleteCards(MAP, List.of("a1"));
        JourneyFile deleted = delete.apply(spent);
        assertThat(map(deleted).standingVote().dotsLeft()).isEqualTo(1);
        assertThat(map(deleted).standingVote().tally()).extracting(VoteCount::cardId).containsExactly("a0");
        JourneyFile given = Edits.addDot(MAP, "b0").apply(deleted);
        assertThat(map(given).standingVote().dotsOn("b0")).isEqualTo(1);

        JourneyFile undone = delete.revert(deleted);
        assertThat(map(undone).standingVote()).isEqualTo(map(spent).vote());
    }

    @Test
    void stepsOnADeletedCardStopStandingAndComeBackWithUndo() {
        List<ConversionPath> paths = List.of(ConversionPath.of("p1", List.of("channel:social", "a0", "b0"), 12),
                ConversionPath.of("p2", List.of("b0"), 3));
        JourneyFile start = Edits.setConversionPaths(MAP, List.of(), paths).apply(file());

        Command delete = Edits.deleteCards(MAP, List.of("b0"));
        JourneyFile deleted = delete.apply(start);
        assertThat(map(deleted).standingConversionPaths()).containsExactly(
                ConversionPath.of("p1", List.of("channel:social", "a0"), 12));
        assertThat(map(deleted).conversionPaths()).as("the document keeps every step").isEqualTo(paths);

        assertThat(map(delete.revert(deleted)).standingConversionPaths()).isEqualTo(paths);
    }

    @Test
    void refusesDotsWithoutAnOpenVoteOrOnCardsThatDoNotTakePart() {
        JourneyFile painPointsOnly = withVote(DotVote.start(3, 3, Set.of(CardType.PAIN_POINT)));

        assertThat(Edits.addDot(MAP, "a0").check(painPointsOnly)).map(Refusal::message)
                .contains("Cards of this type are not part of the vote.");
        assertThat(Edits.addDot(MAP, "p0").check(painPointsOnly)).isEmpty();
        assertThat(map(Edits.addDot(MAP, "p0").apply(painPointsOnly)).vote().dotsOn("p0")).isEqualTo(1);
        assertThat(Edits.addDot(MAP, "a0").check(file())).map(Refusal::message)
                .contains("No dot vote has been started on this map.");
        JourneyFile closed = withVote(DotVote.start(3, 3, Set.of()).withOpen(false));
        assertThat(Edits.removeDot(MAP, "a0").check(closed)).contains(Refusal.of("edit.vote.closed"));
        assertThatThrownBy(() -> Edits.removeDot(MAP, "a0").apply(closed))
                .as("applied without asking").isInstanceOf(CommandRefusedException.class);
        assertThatThrownBy(() -> Edits.addDot(MAP, "ghost").apply(painPointsOnly))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVoteCommandMadeFromAnOldViewLandsOnTheCurrentVote() {
        JourneyFile start = withVote(DotVote.start(5, 1, Set.of()));
        Command addA = Edits.addDot(MAP, "a0");
        Command addB = Edits.addDot(MAP, "b0");
        JourneyFile both = addB.apply(addA.apply(start));

        assertThat(map(both).vote().dots()).containsEntry("a0", 1).containsEntry("b0", 1);
        assertThat(addA.revert(addB.revert(both))).isEqualTo(start);
    }

    @Test
    void changeMapCarriesTheNewSettingsAndKeepsVoteAndPaths() {
        JourneyFile start = withVote(DotVote.start(2, 2, Set.of()));
        JourneyMap m = map(start).withConversionPaths(List.of(ConversionPath.of("p", List.of("a0"), 3)));
        start = start.withMap(m);

        Command threshold = Edits.changeMap(m, m.withGapThreshold(3));
        JourneyFile changed = applyAndCheck(threshold, start);
        assertThat(threshold.label()).isEqualTo("Change gap threshold of “Groceries”");
        assertThat(map(changed).gapThreshold()).isEqualTo(3);
        assertThat(map(changed).vote()).isEqualTo(m.vote());
        assertThat(map(changed).conversionPaths()).isEqualTo(m.conversionPaths());

        Command currency = Edits.changeMap(m, m.withCurrency("ILS"));
        assertThat(map(applyAndCheck(currency, start)).currency()).isEqualTo("ILS");
        assertThat(currency.label()).isEqualTo("Change currency of “Groceries”");
        Command halfLife = Edits.changeMap(m, m.withAttributionHalfLife(5));
        assertThat(map(applyAndCheck(halfLife, start)).attributionHalfLife()).isEqualTo(5);
        assertThat(halfLife.label()).isEqualTo("Change attribution half-life of “Groceries”");
        JourneyFile renamed = applyAndCheck(Edits.renameMap(m, "Veg"), start);
        assertThat(map(renamed).vote()).isEqualTo(m.vote());
        assertThat(map(renamed).gapThreshold()).isEqualTo(m.gapThreshold());
    }

    @Test
    void aNarrowerScaleClampsExpectedScoresToo() {
        JourneyFile start = file();
        Card a0 = card(start, "a0");
        start = applyAndCheck(Edits.changeCard(MAP, a0, a0.withExpectedScore(-2)), start);

        JourneyFile narrowed = applyAndCheck(Edits.setScale(MAP, EmotionScale.centred(List.of("-", "0", "+"))), start);

        assertThat(card(narrowed, "a0").expectedScore()).isEqualTo(-1);
    }

    @Test
    void theNewPartsOfCardsStagesAndPersonasChangeThroughTheExistingCommands() {
        JourneyFile start = file();
        Card a0 = card(start, "a0");
        Card answered = a0.withTouchpoint(a0.touchpoint().withFacing(Facing.BOT)
                .withAnswer(TouchpointQuestion.EXCEED, "Same-day delivery")).withMetrics(Metrics.EMPTY.withReach(900L));
        JourneyFile cardChanged = applyAndCheck(Edits.changeCard(MAP, a0, answered), start);
        assertThat(card(cardChanged, "a0")).isEqualTo(answered);

        Stage s1 = map(start).stage("s1").orElseThrow();
        Stage measured = s1.withNps(Nps.of(5, 3, 2).withSource(MetricSource.SURVEY));
        JourneyFile stageChanged = applyAndCheck(Edits.changeStage(MAP, s1, measured), start);
        assertThat(map(stageChanged).stage("s1")).contains(measured);

        Persona dana = map(start).personas().get(0);
        Persona withChannels = dana.withChannels(List.of(Channel.SOCIAL)).withPhoto("data:image/png;base64,AAAA");
        JourneyFile personaChanged = applyAndCheck(Edits.changePersona(MAP, dana, withChannels), start);
        assertThat(map(personaChanged).personas()).containsExactly(withChannels);
    }
}
