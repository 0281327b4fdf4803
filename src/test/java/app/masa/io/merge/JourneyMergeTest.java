package app.masa.io.merge;

import static app.masa.io.merge.Versions.base;
import static app.masa.io.merge.Versions.edited;
import static app.masa.io.merge.Versions.map;
import static app.masa.io.merge.Versions.mapId;
import static app.masa.io.merge.Versions.merge;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.CommentEdits;
import app.masa.edit.Edits;
import app.masa.edit.LinkEdits;
import app.masa.model.JourneyLink;
import app.masa.i18n.InterfaceLanguage;
import app.masa.io.JourneyCodec;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.Connection;
import app.masa.model.DotVote;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.MergeConflict;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two people's changes to one map, merged by meaning. */
@InterfaceLanguage("en")
class JourneyMergeTest {
    private final JourneyFile base = base();
    private final String m = mapId(base);
    private final Card first = map(base).cards().get(0);
    private final Card second = map(base).cards().get(1);

    @Test
    void oneMovesACardWhileTheOtherRewritesItsText() throws Exception {
        Stage elsewhere = map(base).stages().stream().filter(s -> !s.id().equals(first.stageId())).findFirst().orElseThrow();
        JourneyFile ours = edited(base, Edits.moveCards(m, List.of(first.id()), elsewhere.id(), first.laneId(), 0));
        JourneyFile theirs = edited(base, Edits.changeCard(m, first, first.withTitle("Rewritten").withBody("New text")));

        MergeResult result = merge(base, ours, theirs);

        Card merged = map(result.merged()).card(first.id()).orElseThrow();
        assertThat(result.isClean()).isTrue();
        assertThat(merged.stageId()).isEqualTo(elsewhere.id());
        assertThat(merged.title()).isEqualTo("Rewritten");
        assertThat(merged.body()).isEqualTo("New text");
    }

    @Test
    void twoPeopleCommentingOnTheSameCardAndOneResolvingMergeCleanly() throws Exception {
        Instant at = Instant.parse("2026-12-05T07:00:00Z");
        JourneyFile asked = edited(base, CommentEdits.comment(m, first.id(), "Dana", at, "Price?"));
        String thread = map(asked).comments().get(0).id();
        JourneyFile ours = edited(asked, CommentEdits.comment(m, first.id(), "Noa", at, "On the basket page"));
        JourneyFile theirs = edited(asked, CommentEdits.resolve(m, thread, true));
        theirs = edited(theirs, CommentEdits.comment(m, second.id(), "Avi", at, "Too long"));

        MergeResult result = merge(asked, ours, theirs);

        assertThat(result.isClean()).isTrue();
        assertThat(map(result.merged()).comments()).hasSize(2);
        assertThat(map(result.merged()).comments().get(0).comments()).extracting(c -> c.author())
                .containsExactly("Dana", "Noa");
        assertThat(map(result.merged()).comments().get(0).resolved()).isFalse();
        assertThat(map(result.merged()).comments().get(1).target()).isEqualTo(second.id());
    }

    @Test
    void linksSetOnBothSidesAreKeptAndALinkFromADeletedCardGoes() throws Exception {
        JourneyFile ours = edited(base, LinkEdits.set(m, JourneyLink.toMap(first.id(), "elsewhere")));
        JourneyFile theirs = edited(base, LinkEdits.set(m, JourneyLink.toFile(second.id(), "sms.journey.json", null)),
                Edits.deleteCards(m, List.of(first.id())));

        MergeResult result = merge(base, ours, theirs);

        assertThat(map(result.merged()).standingLinks())
                .containsExactly(JourneyLink.toFile(second.id(), "sms.journey.json", null));
    }

    @Test
    void oneAddsAStageWhileTheOtherRenamesALane() throws Exception {
        Lane lane = map(base).lanes().get(0);
        JourneyFile ours = edited(base, Edits.addStage(m, Stage.of("s-new", "Loyalty"), 1));
        JourneyFile theirs = edited(base, Edits.changeLane(m, lane, lane.withTitle("Channels")));

        MergeResult result = merge(base, ours, theirs);

        assertThat(result.isClean()).isTrue();
        assertThat(map(result.merged()).stages().get(1).name()).isEqualTo("Loyalty");
        assertThat(map(result.merged()).lane(lane.id()).orElseThrow().title()).isEqualTo("Channels");
    }

    @Test
    void cardsBothAddToOneCellAreAllKeptAfterTheirPredecessors() throws Exception {
        JourneyFile ours = edited(base, Edits.addCard(m, Card.of("c-ours", first.stageId(), first.laneId(), 0,
                first.type(), "Ours")));
        JourneyFile theirs = edited(base, Edits.addCard(m, Card.of("c-theirs", first.stageId(), first.laneId(), 0,
                first.type(), "Theirs")));

        MergeResult result = merge(base, ours, theirs);
        MergeResult swapped = merge(base, theirs, ours);

        assertThat(result.isClean()).isTrue();
        List<String> cell = map(result.merged()).cardsIn(first.stageId(), first.laneId()).stream().map(Card::id).toList();
        assertThat(cell).startsWith("c-ours", "c-theirs").hasSize(map(ours).cardsIn(first.stageId(), first.laneId()).size() + 1);
        assertThat(JourneyCodec.write(result.merged())).isEqualTo(result.bytes());
        assertThat(merge(base, ours, theirs).bytes()).as("merging twice gives the same bytes").isEqualTo(result.bytes());
        assertThat(map(swapped.merged()).cardsIn(first.stageId(), first.laneId())).hasSize(cell.size());
    }

    @Test
    void theSameFieldChangedTwoWaysIsKeptAsAConflictWithTheOtherVersionWhole() throws Exception {
        JourneyFile ours = edited(base, Edits.changeCard(m, first, first.withTitle("Ours")));
        JourneyFile theirs = edited(base, Edits.changeCard(m, first, first.withTitle("Theirs").withBody("Their body")),
                Edits.changeCard(m, second, second.withTitle("Only theirs")));

        MergeResult result = merge(base, ours, theirs);

        JourneyMap merged = map(result.merged());
        assertThat(merged.card(first.id()).orElseThrow().title()).isEqualTo("Ours");
        assertThat(merged.card(first.id()).orElseThrow().body()).as("a field only theirs changed").isEqualTo("Their body");
        assertThat(merged.card(second.id()).orElseThrow().title()).isEqualTo("Only theirs");
        MergeConflict conflict = merged.conflict(ConflictKind.CARD, first.id()).orElseThrow();
        assertThat(conflict.fields()).containsExactly("title");
        assertThat(conflict.alternative(Card.class).orElseThrow())
                .isEqualTo(merged.card(first.id()).orElseThrow().withTitle("Theirs"));
        assertThat(result.conflictLines()).containsExactly("Conflict in the card “Ours” on the map “"
                + merged.title() + "”: title: \"Ours\" in ours, \"Theirs\" in theirs");
    }

    @Test
    void aCardOneDeletesAndTheOtherEditsIsKeptAsEditedWithItsDeletionAsTheOtherVersion() throws Exception {
        JourneyFile ours = edited(base, Edits.deleteCards(m, List.of(first.id())));
        JourneyFile theirs = edited(base, Edits.changeCard(m, first, first.withTitle("Still needed")));

        MergeResult result = merge(base, ours, theirs);

        JourneyMap merged = map(result.merged());
        assertThat(merged.card(first.id()).orElseThrow().title()).isEqualTo("Still needed");
        MergeConflict conflict = merged.conflict(ConflictKind.CARD, first.id()).orElseThrow();
        assertThat(conflict.alternativeDeletes()).isTrue();
        assertThat(conflict.fields()).containsExactly("title");
        assertThat(result.conflictLines()).singleElement().asString()
                .contains("deleted in ours, changed in theirs (title); kept as changed");
    }

    @Test
    void anArrowToACardTheOtherSideDeletedGoesWithTheCard() throws Exception {
        JourneyFile ours = edited(base, Edits.deleteCards(m, List.of(first.id())));
        JourneyFile theirs = edited(base, Edits.addConnection(m, Connection.of("k-new", second.id(), first.id())));

        MergeResult result = merge(base, ours, theirs);

        assertThat(result.isClean()).isTrue();
        assertThat(map(result.merged()).card(first.id())).isEmpty();
        assertThat(map(result.merged()).connection("k-new")).isEmpty();
    }

    @Test
    void aStageOneDeletesWhileTheOtherAddsACardToItIsKeptAsAConflict() throws Exception {
        Stage stage = map(base).stage(first.stageId()).orElseThrow();
        JourneyFile ours = edited(base, Edits.deleteStage(m, stage.id()));
        JourneyFile theirs = edited(base, Edits.addCard(m, Card.of("c-late", stage.id(), first.laneId(), 0,
                first.type(), "Late idea")));

        MergeResult result = merge(base, ours, theirs);

        JourneyMap merged = map(result.merged());
        assertThat(merged.stage(stage.id())).contains(stage);
        assertThat(merged.stages().indexOf(stage)).isEqualTo(map(base).stages().indexOf(stage));
        assertThat(merged.card("c-late")).isPresent();
        assertThat(merged.conflict(ConflictKind.STAGE, stage.id()).orElseThrow().alternativeDeletes()).isTrue();
        assertThat(result.conflictLines()).anyMatch(l -> l.contains("deleted in ours, but theirs still has cards in it"));
    }

    @Test
    void aConflictLeftByAnEarlierMergeTravelsOnUnlessItsOtherVersionNoLongerFits() throws Exception {
        Stage gone = map(base).stages().stream().filter(s -> !s.id().equals(first.stageId())
                && !s.id().equals(second.stageId())).findFirst().orElseThrow();
        MergeConflict fits = new MergeConflict(ConflictKind.CARD, first.id(), List.of("title"), first.withTitle("Old"));
        MergeConflict stale = new MergeConflict(ConflictKind.CARD, second.id(), List.of("stage"),
                second.withPlace(gone.id(), second.laneId(), 0));
        JourneyFile start = base.withMap(map(base).withConflicts(List.of(fits, stale)));
        JourneyFile theirs = edited(start, Edits.deleteStage(m, gone.id()));
        assertThat(map(theirs).card(second.id())).as("the test needs the card outside the deleted stage").isPresent();

        MergeResult result = merge(start, start, theirs);

        assertThat(map(result.merged()).conflicts()).containsExactly(fits);
    }

    @Test
    void dotsGivenOnBothSidesAddUp() throws Exception {
        JourneyFile voting = edited(base, Edits.setVote(m, null, new DotVote(5, 10, Set.of(), true,
                Map.of(first.id(), 2), Extras.NONE)));
        JourneyFile ours = edited(voting, Edits.addDot(m, first.id()), Edits.addDot(m, second.id()));
        JourneyFile theirs = edited(voting, Edits.addDot(m, first.id()), Edits.addDot(m, first.id()));

        MergeResult result = merge(voting, ours, theirs);

        assertThat(result.isClean()).isTrue();
        assertThat(map(result.merged()).vote().dots()).isEqualTo(Map.of(first.id(), 5, second.id(), 1));
    }

    @Test
    void nestedAndUnknownFieldsMergeFieldByField() throws Exception {
        Card rich = withFuture(first.withExpectedScore(1), 1L, 1L);
        JourneyFile start = replaced(base, rich);
        JourneyFile ours = replaced(start, withFuture(rich.withExpectedScore(2), 2L, 1L));
        JourneyFile theirs = replaced(start, withFuture(rich.withTouchpoint(rich.touchpoint().withOwner("Sales")), 1L, 3L));

        MergeResult result = merge(start, ours, theirs);

        Card merged = map(result.merged()).card(first.id()).orElseThrow();
        assertThat(result.isClean()).isTrue();
        assertThat(merged.expectedScore()).isEqualTo(2);
        assertThat(merged.touchpoint().owner()).isEqualTo("Sales");
        assertThat(merged.extras().values().get("future")).isEqualTo(Map.of("a", 2L, "b", 3L));
    }

    /** The card with a field a newer version might write: an object of two numbers. */
    private static Card withFuture(Card c, long a, long b) {
        return new Card(c.id(), c.stageId(), c.laneId(), c.order(), c.title(), c.body(), c.type(), c.channel(),
                c.score(), c.tags(), c.color(), c.touchpoint(), c.metrics(),
                Extras.of(Map.of("future", Map.of("a", a, "b", b))));
    }

    private static JourneyFile replaced(JourneyFile file, Card card) {
        JourneyMap map = map(file);
        return file.withMap(map.withCards(map.cards().stream().map(c -> c.id().equals(card.id()) ? card : c).toList()));
    }

    @Test
    void bothSidesSavingIsNoConflictTheLaterModifiedStampIsKept() throws Exception {
        Instant later = map(base).modified().plusSeconds(60);
        JourneyFile ours = base.withMap(map(base).withModified(later.minusSeconds(30)).withTitle("Renamed"));
        JourneyFile theirs = base.withMap(map(base).withModified(later));

        MergeResult result = merge(base, ours, theirs);

        assertThat(result.isClean()).isTrue();
        assertThat(map(result.merged()).modified()).isEqualTo(later);
        assertThat(map(result.merged()).title()).isEqualTo("Renamed");
    }

    @Test
    void aScoreRaisedOnOneSideStaysOnTheScaleTheOtherSideShortened() throws Exception {
        JourneyFile ours = edited(base, Edits.setScale(m, EmotionScale.centred(List.of("-", "0", "+"))));
        JourneyFile theirs = edited(base, Edits.setCardScore(m, first.id(), map(base).scale().max()));

        MergeResult result = merge(base, ours, theirs);

        assertThat(map(result.merged()).card(first.id()).orElseThrow().score()).isEqualTo(1);
    }
}
