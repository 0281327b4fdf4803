package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.FontRole;
import app.masa.layout.LayoutEngine;
import app.masa.layout.LayoutOptions;
import app.masa.layout.MapLayout;
import app.masa.layout.PathShape;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;
import app.masa.layout.TextLine;
import app.masa.layout.Theme;
import app.masa.layout.Typography;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.ui.session.CellRef;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** The canvas's pure parts: reading order, drop slots, bidi pieces, clipboard text and the viewport. */
class CanvasLogicTest {
    private static JourneyMap map(Direction d) {
        return CanvasFixture.document(d).maps().get(0);
    }

    @Test
    void tabFollowsReadingOrderAndSkipsTheEmotionLane() {
        JourneyMap m = map(Direction.LTR);
        CellRef last = new CellRef("s-buy", "l-touch");
        assertThat(CellNavigator.step(m, last, false)).isEqualTo(new CellRef("s-aware", "l-act"));
        assertThat(CellNavigator.step(m, new CellRef("s-aware", "l-act"), true)).isEqualTo(last);
        // The last card cell wraps round to the first, past the emotion lane.
        assertThat(CellNavigator.step(m, new CellRef("s-buy", "l-act"), false))
                .isEqualTo(new CellRef("s-aware", "l-touch"));
    }

    @Test
    void arrowKeysFollowTheScreenInBothDirections() {
        CellRef start = new CellRef("s-consider", "l-touch");
        assertThat(CellNavigator.neighbour(map(Direction.LTR), start, 1, 0).stageId()).isEqualTo("s-buy");
        // In a right-to-left map the next stage is on the left.
        assertThat(CellNavigator.neighbour(map(Direction.RTL), start, -1, 0).stageId()).isEqualTo("s-buy");
        assertThat(CellNavigator.neighbour(map(Direction.RTL), start, 1, 0).stageId()).isEqualTo("s-aware");
        assertThat(CellNavigator.neighbour(map(Direction.LTR), new CellRef("s-aware", "l-act"), 0, 1))
                .isEqualTo(new CellRef("s-aware", "l-act"));
    }

    @Test
    void dropSlotsCountTheCardsBeforeThePointer() {
        for (Direction d : Direction.values()) {
            MapLayout layout = new LayoutEngine().layout(map(d), LayoutOptions.canvas());
            LayoutIndex index = new LayoutIndex(layout);
            Rect first = layout.card("c-ad").orElseThrow().bounds();
            Rect last = layout.card("c-friend").orElseThrow().bounds();
            assertThat(DropTargets.at(index, first.centerX(), first.y() + 2).orElseThrow().index()).isZero();
            assertThat(DropTargets.at(index, first.centerX(), first.maxY() - 2).orElseThrow().index()).isEqualTo(1);
            DropTarget after = DropTargets.at(index, last.centerX(), last.maxY() + 5).orElseThrow();
            assertThat(after.index()).isEqualTo(3);
            assertThat(after.cell()).isEqualTo(new CellRef("s-aware", "l-touch"));
            assertThat(after.indicator().y()).isGreaterThan(last.maxY());
        }
    }

    @Test
    void cardsAnEarlierVersionCopiedStillReadAndOtherTextGivesNoCards() {
        Card card = Card.of("c-1", "s", "l", 0, CardType.PAIN_POINT, "Courier is late").withBody("Two hours")
                .withChannel(Channel.WORD_OF_MOUTH).withScore(-2).withTags(List.of("delivery")).withColor("#aa3300");
        String earlier = "[{\"title\":\"Courier is late\",\"body\":\"Two hours\",\"type\":\"pain-point\","
                + "\"channel\":\"word-of-mouth\",\"score\":-2,\"tags\":[\"delivery\"],\"color\":\"#aa3300\"}]";
        Card back = LegacyCardsJson.read(earlier).get(0);
        assertThat(back.withId("c-1").withPlace("s", "l", 0)).isEqualTo(card);
        assertThat(LegacyCardsJson.read("not json")).isEmpty();
        assertThat(LegacyCardsJson.read("{\"title\":\"x\"}")).isEmpty();
        assertThat(CardsText.titles(List.of(card, card.withTitle("Second")))).isEqualTo("Courier is late\nSecond");
        assertThat(CardsText.notes("First\n\n  Second  \r\n")).extracting(Card::title).containsExactly("First", "Second");
    }

    @Test
    void viewportZoomsAroundAPointAndStartsRightToLeftMapsAtTheRight() {
        Viewport v = new Viewport();
        v.setViewSize(800, 600);
        v.setContent(3000, 2000, Direction.LTR);
        v.scrollTo(500, 300);
        Point2D anchor = v.toLayout(200, 100);
        v.zoomAround(2.0, 200, 100);
        Point2D again = v.toLayout(200, 100);
        assertThat(again.distance(anchor)).isLessThan(1e-9);

        Viewport rtl = new Viewport();
        rtl.setViewSize(800, 600);
        rtl.setContent(3000, 2000, Direction.RTL);
        rtl.showReadingStart();
        assertThat(rtl.visibleRect().maxX()).isEqualTo(3000 + Viewport.MARGIN);
    }

    @Test
    void autoScrollSpeedsUpTowardTheEdges() {
        assertThat(AutoScroller.speed(400, 800)).isZero();
        assertThat(AutoScroller.speed(2, 800)).isLessThan(AutoScroller.speed(20, 800)).isNegative();
        assertThat(AutoScroller.speed(798, 800)).isPositive();
    }

    @Test
    void textTooSmallToReadBecomesABarAndSmallerStillIsLeftOut() {
        Typography type = Typography.of(Theme.LIGHT);
        TextLine line = new TextLine("Sponsored post", FontRole.CARD_TITLE, 10, 50, 80, false);
        Rgba ink = new Rgba(20, 20, 20, 255);

        List<String> sharp = new ArrayList<>();
        new DetailLevelSurface(recorder(sharp), type, 1.0).text(line, ink);
        assertThat(sharp).containsExactly("text Sponsored post");

        List<String> far = new ArrayList<>();
        new DetailLevelSurface(recorder(far), type, 0.3).text(line, ink);
        assertThat(far).hasSize(1);
        assertThat(far.get(0)).startsWith("rect x=10.0 w=80.0 r=0.0");

        List<String> farther = new ArrayList<>();
        new DetailLevelSurface(recorder(farther), type, 0.05).text(line, ink);
        assertThat(farther).isEmpty();
    }

    @Test
    void cornersTooSmallToSeeAreDrawnSquare() {
        List<String> calls = new ArrayList<>();
        Rect card = new Rect(0, 0, 100, 60);
        new DetailLevelSurface(recorder(calls), Typography.of(Theme.LIGHT), 1.0).fillRect(card, 6, Rgba.WHITE);
        new DetailLevelSurface(recorder(calls), Typography.of(Theme.LIGHT), 0.1).fillRect(card, 6, Rgba.WHITE);
        assertThat(calls).containsExactly("rect x=0.0 w=100.0 r=6.0", "rect x=0.0 w=100.0 r=0.0");
    }

    /** A surface that writes down the text and rectangles it is asked to draw. */
    private static Surface recorder(List<String> calls) {
        return new Surface() {
            @Override
            public void fillRect(Rect rect, double cornerRadius, Rgba fill) {
                calls.add("rect x=" + rect.x() + " w=" + rect.width() + " r=" + cornerRadius);
            }

            @Override
            public void strokeRect(Rect rect, double cornerRadius, Stroke stroke) {
            }

            @Override
            public void strokeLine(Point from, Point to, Stroke stroke) {
            }

            @Override
            public void fillPath(PathShape path, Rgba fill) {
            }

            @Override
            public void strokePath(PathShape path, Stroke stroke) {
            }

            @Override
            public void fillCircle(Point center, double radius, Rgba fill) {
            }

            @Override
            public void text(TextLine line, Rgba color) {
                calls.add("text " + line.text());
            }
        };
    }
}
