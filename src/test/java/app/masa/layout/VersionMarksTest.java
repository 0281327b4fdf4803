package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Another version's differences placed on this map's layout, left to right and right to left. */
class VersionMarksTest {
    private final LayoutEngine engine = new LayoutEngine();

    @Test
    void removedAndChangedCardsAreMarkedInTheirOwnBoxes() {
        JourneyMap ours = SampleMaps.english();
        Card first = ours.cards().get(0);
        Card second = ours.cards().get(1);
        JourneyMap theirs = ours.withCards(ours.cards().stream().filter(c -> c != first)
                .map(c -> c == second ? c.withTitle(c.title() + " (new)") : c).toList());
        MapLayout layout = engine.layout(ours, LayoutOptions.canvas());

        List<VersionMark> marks = new VersionMarks().place(layout, ours, theirs);

        assertThat(mark(marks, first.id(), VersionMark.Kind.REMOVED).bounds()).isEqualTo(layout.card(first.id()).orElseThrow().bounds());
        assertThat(mark(marks, second.id(), VersionMark.Kind.CHANGED).bounds()).isEqualTo(layout.card(second.id()).orElseThrow().bounds());
    }

    @Test
    void anAddedCardStandsUnderTheLastCardOfItsCell() {
        assertGhostInCell(SampleMaps.english());
    }

    @Test
    void inARightToLeftMapTheGhostIsInTheMirroredCellAndItsTitleReadsFromTheRight() {
        MapLayout layout = assertGhostInCell(SampleMaps.hebrew());
        assertThat(layout.direction().isRightToLeft()).isTrue();
    }

    @Test
    void aMovedCardIsAmberHereAndAGhostWhereItWouldGo() {
        JourneyMap ours = SampleMaps.english();
        Card moving = ours.cards().get(0);
        String otherStage = ours.stages().stream().map(s -> s.id()).filter(id -> !id.equals(moving.stageId()))
                .findFirst().orElseThrow();
        JourneyMap theirs = ours.withCards(ours.cards().stream()
                .map(c -> c == moving ? c.withPlace(otherStage, c.laneId(), 99) : c).toList());
        MapLayout layout = engine.layout(ours, LayoutOptions.canvas());

        List<VersionMark> marks = new VersionMarks().place(layout, ours, theirs);

        Rect here = layout.card(moving.id()).orElseThrow().bounds();
        assertThat(mark(marks, moving.id(), VersionMark.Kind.CHANGED).bounds()).isEqualTo(here);
        Rect there = mark(marks, moving.id(), VersionMark.Kind.MOVED_TO).bounds();
        assertThat(there.height()).isEqualTo(here.height());
        assertInside(there, cell(layout, otherStage, moving.laneId()));
    }

    private MapLayout assertGhostInCell(JourneyMap ours) {
        Card neighbour = ours.cards().get(0);
        Card added = Card.of("new-1", neighbour.stageId(), neighbour.laneId(), 99, CardType.TOUCHPOINT,
                ours.language().equals("he") ? "קופון בקופה" : "Coupon at the till");
        List<Card> cards = new ArrayList<>(ours.cards());
        cards.add(added);
        JourneyMap theirs = ours.withCards(cards);
        MapLayout layout = engine.layout(ours, LayoutOptions.canvas());
        Metrics m = layout.style().metrics();

        VersionMark ghost = mark(new VersionMarks().place(layout, ours, theirs), "new-1", VersionMark.Kind.ADDED);

        Rect cell = cell(layout, neighbour.stageId(), neighbour.laneId());
        assertThat(ghost.bounds().x()).isCloseTo(cell.x() + m.cellPadding(), within(0.01));
        assertThat(ghost.bounds().maxX()).isCloseTo(cell.maxX() - m.cellPadding(), within(0.01));
        double lastBottom = layout.cards().stream().filter(c -> c.stageId().equals(neighbour.stageId())
                && c.laneId().equals(neighbour.laneId())).mapToDouble(c -> c.bounds().maxY()).max().orElseThrow();
        assertThat(ghost.bounds().y()).isCloseTo(lastBottom + m.cardGap(), within(0.01));
        TextLine title = ghost.title();
        assertThat(title.text()).isEqualTo(added.title());
        assertThat(title.rightToLeft()).isEqualTo(layout.direction().isRightToLeft());
        double readingStart = title.rightToLeft() ? ghost.bounds().maxX() - title.x() - title.width()
                : title.x() - ghost.bounds().x();
        assertThat(readingStart).isCloseTo(m.cardPadding(), within(0.01));
        return layout;
    }

    private static Rect cell(MapLayout layout, String stageId, String laneId) {
        return layout.cells().stream().filter(c -> c.stageId().equals(stageId) && c.laneId().equals(laneId))
                .findFirst().orElseThrow().bounds();
    }

    private static void assertInside(Rect inner, Rect outer) {
        assertThat(inner.x()).isGreaterThanOrEqualTo(outer.x());
        assertThat(inner.maxX()).isLessThanOrEqualTo(outer.maxX());
        assertThat(inner.y()).isGreaterThanOrEqualTo(outer.y());
    }

    private static VersionMark mark(List<VersionMark> marks, String id, VersionMark.Kind kind) {
        return marks.stream().filter(m -> m.id().equals(id) && m.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mark for " + id + " in " + marks));
    }
}
