package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.pictures.TestPictures;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Evidence;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a card's picture goes: a frame above the text inside the card, and a still in every storyboard cell's card. */
class PictureLayoutTest {
    private final LayoutEngine engine = new LayoutEngine();

    private static CardBox box(MapLayout layout, String id) {
        return layout.cards().stream().filter(c -> c.cardId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPictureSitsAboveTheTextInsideTheCardWhichGrowsByItsFrame() {
        for (JourneyMap plain : List.of(SampleMaps.english(), SampleMaps.hebrew())) {
            Card first = plain.cards().get(0);
            JourneyMap pictured = plain.withCards(replace(plain.cards(), 0, first.withPicture(TestPictures.picture())));

            CardBox before = box(engine.layout(plain, LayoutOptions.canvas()), first.id());
            CardBox after = box(new LayoutEngine().layout(pictured, LayoutOptions.canvas()), first.id());

            PictureBox picture = after.picture();
            assertThat(before.picture()).isNull();
            assertThat(picture.image()).isNotNull();
            Rect frame = picture.frame();
            assertThat(after.bounds().contains(frame.x(), frame.y())).isTrue();
            assertThat(after.bounds().contains(frame.maxX(), frame.maxY())).isTrue();
            assertThat(frame.width()).isGreaterThan(after.bounds().width() * 0.75);
            assertThat(frame.height()).isCloseTo(frame.width() * 0.56, org.assertj.core.data.Offset.offset(1.0));
            assertThat(after.titleLines().get(0).baseline()).isGreaterThan(frame.maxY());
            assertThat(after.bounds().height()).isGreaterThan(before.bounds().height() + frame.height());
        }
    }

    @Test
    void everyCardOfAStoryboardLaneIsAStillWithItsCaptionUnderIt() {
        JourneyMap map = SampleMaps.english();
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(0, Lane.of("story", "Storyboard", LaneKind.STORYBOARD));
        String stage = map.stages().get(0).id();
        List<Card> cards = new ArrayList<>(map.cards());
        cards.add(Card.of("empty-frame", stage, "story", 0, CardType.NOTE, "Sees the post"));
        cards.add(Card.of("pictured-frame", map.stages().get(1).id(), "story", 0, CardType.NOTE, "Opens the site")
                .withPicture(TestPictures.picture()));
        MapLayout layout = engine.layout(map.withLanes(lanes).withCards(cards), LayoutOptions.canvas());

        CardBox empty = box(layout, "empty-frame");
        CardBox pictured = box(layout, "pictured-frame");
        assertThat(empty.picture().image()).isNull();
        assertThat(pictured.picture().image()).isNotNull();
        for (CardBox still : List.of(empty, pictured)) {
            Rect frame = still.picture().frame();
            assertThat(frame.height()).isCloseTo(frame.width() * 0.75, org.assertj.core.data.Offset.offset(1.0));
            assertThat(still.titleLines().get(0).baseline()).isGreaterThan(frame.maxY());
        }
    }

    @Test
    void anEmptyStoryboardStageKeepsRoomForAFrameThatInvitesAPicture() {
        JourneyMap map = SampleMaps.english();
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(0, Lane.of("story", "Storyboard", LaneKind.STORYBOARD));
        List<Card> cards = new ArrayList<>(map.cards());
        cards.add(Card.of("frame", map.stages().get(1).id(), "story", 0, CardType.NOTE, "Opens the site")
                .withPicture(TestPictures.picture()));
        MapLayout layout = engine.layout(map.withLanes(lanes).withCards(cards), LayoutOptions.canvas());

        List<StoryboardSlots.Slot> slots = StoryboardSlots.of(layout);
        assertThat(slots).hasSize(map.stages().size() - 1)
                .noneMatch(slot -> slot.stageId().equals(map.stages().get(1).id()));
        LaneBox story = layout.lanes().get(0);
        for (StoryboardSlots.Slot slot : slots) {
            assertThat(slot.frame().maxY()).isLessThan(story.band().maxY());
            assertThat(slot.frame().height()).isCloseTo(slot.frame().width() * 0.75, org.assertj.core.data.Offset.offset(1.0));
            assertThat(slot.label().width()).isLessThan(slot.frame().width());
        }
        assertThat(box(layout, "frame").picture().frame().height()).isEqualTo(slots.get(0).frame().height());
        assertThat(StoryboardSlots.of(engine.layout(map, LayoutOptions.canvas()))).isEmpty();
    }

    @Test
    void aMapShownSmallKeepsTheStillsPicturesAndLeavesOtherCardsTheirTitleAlone() throws Exception {
        JourneyMap map = app.masa.io.TemplateCatalog.builtIn().create("service-blueprint", "en").maps().get(0);
        List<Card> cards = new ArrayList<>(map.cards());
        int note = indexOf(cards, c -> c.laneId().equals("customer"));
        cards.set(note, cards.get(note).withPicture(TestPictures.picture()));
        MapLayout far = new MapSummary().of(engine.layout(map.withCards(cards), LayoutOptions.canvas()));

        CardBox still = box(far, "c-order-page");
        assertThat(still.picture().image()).isNotNull();
        assertThat(still.titleLines()).allSatisfy(line -> assertThat(line.baseline()).isGreaterThan(
                still.picture().frame().maxY()));
        assertThat(box(far, cards.get(note).id()).picture()).isNull();
    }

    @Test
    void whenALaneAboveGrowsTheCardsBelowMoveWithTheirPictureAndKeepTheirDashedBorder() {
        JourneyMap map = SampleMaps.english();
        Lane lowest = map.lanes().stream().filter(l -> l.kind() == LaneKind.CARDS)
                .reduce((a, b) -> b).orElseThrow();
        Lane top = map.lanes().get(0);
        int below = indexOf(map.cards(), c -> c.laneId().equals(lowest.id()));
        int above = indexOf(map.cards(), c -> c.laneId().equals(top.id()));
        List<Card> cards = replace(map.cards(), below, map.cards().get(below).withPicture(TestPictures.picture())
                .withEvidence(Evidence.assumption()));
        JourneyMap first = map.withCards(cards);
        String id = cards.get(below).id();
        CardBox was = box(engine.layout(first, LayoutOptions.canvas()), id);

        Card grown = cards.get(above).withBody(("A much longer text that wraps over several lines of the card, "
                + "so that its lane grows taller and every lane under it moves down the page. ").repeat(6));
        CardBox now = box(engine.layout(first.withCards(replace(cards, above, grown)), LayoutOptions.canvas()), id);

        double dy = now.bounds().y() - was.bounds().y();
        assertThat(dy).isPositive();
        assertThat(now.picture().frame().y()).isEqualTo(was.picture().frame().y() + dy);
        assertThat(now.marks().assumption()).isTrue();
    }

    @Test
    void theCropKeepsTheFocusPointInViewAsFarAsTheEdgesAllow() {
        Rect frame = new Rect(0, 0, 100, 100);
        assertThat(ImageFit.cover(400, 200, frame, 0, 0.5).x()).isZero();
        assertThat(ImageFit.cover(400, 200, frame, 1, 0.5).maxX()).isEqualTo(400);
        assertThat(ImageFit.cover(400, 200, frame, 0.3, 0.5).centerX()).isEqualTo(120);
        assertThat(ImageFit.cover(400, 200, frame, 0.5, 0).y()).isZero();
    }

    private static List<Card> replace(List<Card> cards, int at, Card card) {
        List<Card> copy = new ArrayList<>(cards);
        copy.set(at, card);
        return copy;
    }

    private static int indexOf(List<Card> cards, java.util.function.Predicate<Card> test) {
        for (int i = 0; i < cards.size(); i++) {
            if (test.test(cards.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such card");
    }
}
