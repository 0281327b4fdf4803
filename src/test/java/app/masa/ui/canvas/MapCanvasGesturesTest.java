package app.masa.ui.canvas;

import static app.masa.ui.canvas.CanvasFixture.card;
import static app.masa.ui.canvas.CanvasFixture.cardBounds;
import static app.masa.ui.canvas.CanvasFixture.cellBounds;
import static app.masa.ui.canvas.CanvasFixture.center;
import static app.masa.ui.canvas.CanvasFixture.map;
import static app.masa.ui.canvas.CanvasFixture.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.CurveBox;
import app.masa.layout.CurvePoint;
import app.masa.layout.LaneBox;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every canvas gesture driven with the robot, then undone and redone, checked on the document. */
@ExtendWith(ApplicationExtension.class)
class MapCanvasGesturesTest {
    private DocumentSession session;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        session = new DocumentSession(CanvasFixture.document(Direction.LTR), null);
        canvas = new MapCanvas(session);
        stage.setScene(new Scene(canvas, 1200, 760));
        stage.show();
        canvas.requestFocus();
    }

    private void undoRedo(FxRobot robot, Runnable assertDone, Runnable assertUndone) {
        assertDone.run();
        robot.interact(session::undo);
        assertUndone.run();
        robot.interact(session::redo);
        assertDone.run();
    }

    private void dragBetween(FxRobot robot, Point2D from, Point2D to) {
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragsACardToAnotherCell(FxRobot robot) {
        Rect target = cellBounds(canvas, "s-buy", "l-touch");
        dragBetween(robot, center(canvas, cardBounds(canvas, "c-search")),
                canvas.screenPointOf(target.centerX(), target.y() + 30));

        undoRedo(robot,
                () -> assertThat(card(session, "c-search").stageId()).isEqualTo("s-buy"),
                () -> assertThat(card(session, "c-search").stageId()).isEqualTo("s-aware"));
        assertThat(titlesIn(session, "s-aware", "l-touch")).containsExactly("Sponsored post", "Asks a friend");
    }

    @Test
    void reordersInsideACell(FxRobot robot) {
        Rect last = cardBounds(canvas, "c-friend");
        dragBetween(robot, center(canvas, cardBounds(canvas, "c-ad")),
                canvas.screenPointOf(last.centerX(), last.maxY() + 4));

        undoRedo(robot,
                () -> assertThat(titlesIn(session, "s-aware", "l-touch"))
                        .containsExactly("Search result", "Asks a friend", "Sponsored post"),
                () -> assertThat(titlesIn(session, "s-aware", "l-touch"))
                        .containsExactly("Sponsored post", "Search result", "Asks a friend"));
    }

    @Test
    void controlDragDuplicates(FxRobot robot) {
        Rect target = cellBounds(canvas, "s-consider", "l-touch");
        robot.press(KeyCode.CONTROL);
        try {
            dragBetween(robot, center(canvas, cardBounds(canvas, "c-ad")),
                    canvas.screenPointOf(target.centerX(), target.y() + 30));
        } finally {
            robot.release(KeyCode.CONTROL);
        }

        undoRedo(robot,
                () -> {
                    assertThat(titlesIn(session, "s-consider", "l-touch")).containsExactly("Sponsored post");
                    assertThat(card(session, "c-ad").stageId()).isEqualTo("s-aware");
                },
                () -> assertThat(titlesIn(session, "s-consider", "l-touch")).isEmpty());
    }

    @Test
    void rubberBandSelectsCardsThenDeletesThemAtOnce(FxRobot robot) {
        Rect cell = cellBounds(canvas, "s-aware", "l-touch");
        Rect second = cardBounds(canvas, "c-search");
        Rect third = cardBounds(canvas, "c-friend");
        // From the empty space under the cards, up across the last two.
        Point2D from = canvas.screenPointOf(cell.x() + 6, cell.maxY() - 16);
        Point2D to = canvas.screenPointOf(second.centerX(), second.centerY());
        dragBetween(robot, from, to);
        assertThat(session.selection().cardIds()).containsExactlyInAnyOrder("c-search", "c-friend");
        assertThat(third).isNotNull();

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        undoRedo(robot,
                () -> assertThat(titlesIn(session, "s-aware", "l-touch")).containsExactly("Sponsored post"),
                () -> assertThat(titlesIn(session, "s-aware", "l-touch"))
                        .containsExactly("Sponsored post", "Search result", "Asks a friend"));
    }

    @Test
    void renamesAStageInPlace(FxRobot robot) {
        StageBox header = canvas.currentLayout().stages().get(1);
        robot.doubleClickOn(center(canvas, header.header()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.editor().isEditing()).isTrue();
        robot.write("Research").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        undoRedo(robot,
                () -> assertThat(map(session).stage("s-consider").orElseThrow().name()).isEqualTo("Research"),
                () -> assertThat(map(session).stage("s-consider").orElseThrow().name()).isEqualTo("Consideration"));
    }

    @Test
    void escapeCancelsEditingACardTitle(FxRobot robot) {
        robot.doubleClickOn(center(canvas, cardBounds(canvas, "c-ad")), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Changed").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(session, "c-ad").title()).isEqualTo("Sponsored post");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void resizesALaneByItsBottomBorder(FxRobot robot) {
        LaneBox lane = canvas.currentLayout().lanes().stream().filter(l -> l.laneId().equals("l-act")).findFirst()
                .orElseThrow();
        double x = lane.band().centerX();
        double oldHeight = lane.band().height();
        dragBetween(robot, canvas.screenPointOf(x, lane.band().maxY()),
                canvas.screenPointOf(x, lane.band().maxY() + 60));

        undoRedo(robot,
                () -> assertThat(map(session).lane("l-act").orElseThrow().height())
                        .isBetween(oldHeight + 55, oldHeight + 65),
                () -> assertThat(map(session).lane("l-act").orElseThrow().height()).isZero());
    }

    @Test
    void aLaneDraggedShutKeepsItsMinimumHeight(FxRobot robot) {
        LaneBox lane = canvas.currentLayout().lanes().stream().filter(l -> l.laneId().equals("l-act")).findFirst()
                .orElseThrow();
        double x = lane.band().centerX();
        dragBetween(robot, canvas.screenPointOf(x, lane.band().maxY()),
                canvas.screenPointOf(x, lane.band().y() - 30));

        undoRedo(robot,
                () -> assertThat(map(session).lane("l-act").orElseThrow().height())
                        .isEqualTo(LaneResizeGesture.MIN_HEIGHT),
                () -> assertThat(map(session).lane("l-act").orElseThrow().height()).isZero());
    }

    @Test
    void collapsesALaneWithItsChevron(FxRobot robot) {
        LaneBox lane = canvas.currentLayout().lanes().stream().filter(l -> l.laneId().equals("l-touch")).findFirst()
                .orElseThrow();
        robot.clickOn(center(canvas, lane.chevron()));
        WaitForAsyncUtils.waitForFxEvents();

        undoRedo(robot,
                () -> assertThat(map(session).lane("l-touch").orElseThrow().collapsed()).isTrue(),
                () -> assertThat(map(session).lane("l-touch").orElseThrow().collapsed()).isFalse());
    }

    @Test
    void resizesAStageByItsBorder(FxRobot robot) {
        StageBox stage = canvas.currentLayout().stages().get(0);
        double y = stage.header().centerY();
        dragBetween(robot, canvas.screenPointOf(stage.column().maxX(), y),
                canvas.screenPointOf(stage.column().maxX() + stage.column().width() / 2, y));

        undoRedo(robot,
                () -> assertThat(map(session).stage("s-aware").orElseThrow().width()).isBetween(1.4, 1.6),
                () -> assertThat(map(session).stage("s-aware").orElseThrow().width()).isEqualTo(1.0));
    }

    @Test
    void dragsACurvePointToTheTopLevel(FxRobot robot) {
        CurveBox curve = canvas.currentLayout().curves().get(0);
        CurvePoint point = curve.points().stream().filter(p -> p.cardId().equals("c-ad")).findFirst().orElseThrow();
        double top = curve.yOf(2);
        dragBetween(robot, canvas.screenPointOf(point.at().x(), point.at().y()),
                canvas.screenPointOf(point.at().x(), top + 3));

        undoRedo(robot,
                () -> assertThat(card(session, "c-ad").score()).isEqualTo(2),
                () -> assertThat(card(session, "c-ad").score()).isEqualTo(0));
    }

    @Test
    void drawsAnArrowFromACardHandle(FxRobot robot) {
        Rect handle = canvas.currentLayout().card("c-ad").orElseThrow().handle();
        robot.moveTo(center(canvas, cardBounds(canvas, "c-ad")));
        dragBetween(robot, center(canvas, handle), center(canvas, cardBounds(canvas, "c-compare")));

        undoRedo(robot,
                () -> assertThat(map(session).connections()).singleElement()
                        .satisfies(c -> {
                            assertThat(c.fromCardId()).isEqualTo("c-ad");
                            assertThat(c.toCardId()).isEqualTo("c-compare");
                        }),
                () -> assertThat(map(session).connections()).isEmpty());

        // The new arrow can be clicked and deleted.
        List<app.masa.layout.Point> line = PathGeometry.flatten(canvas.currentLayout().connections().get(0).path());
        app.masa.layout.Point free = line.stream()
                .filter(p -> HitTester.at(canvas.currentLayout(), p.x(), p.y(), 1).is(Hit.Kind.CONNECTION))
                .findFirst().orElseThrow();
        robot.clickOn(canvas.screenPointOf(free.x(), free.y()));
        assertThat(session.selection().connectionIdProperty().get()).isNotNull();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map(session).connections()).isEmpty();
    }

    @Test
    void reordersStagesByDraggingAHeader(FxRobot robot) {
        StageBox first = canvas.currentLayout().stages().get(0);
        StageBox last = canvas.currentLayout().stages().get(2);
        dragBetween(robot, center(canvas, first.header()),
                canvas.screenPointOf(last.header().maxX() - 10, last.header().centerY()));

        undoRedo(robot,
                () -> assertThat(map(session).stages().get(2).id()).isEqualTo("s-aware"),
                () -> assertThat(map(session).stages().get(0).id()).isEqualTo("s-aware"));
    }

    @Test
    void zoomsWithKeysAndAroundTheCursorWithTheWheel(FxRobot robot) {
        robot.clickOn(center(canvas, cellBounds(canvas, "s-buy", "l-act")));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.zoomProperty().get()).isGreaterThan(1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.zoomProperty().get()).isEqualTo(1.0);

        // Zoomed in far enough that the map overflows the view, the wheel zooms around the pointer.
        robot.interact(() -> {
            canvas.zoomIn();
            canvas.zoomIn();
            canvas.zoomIn();
            canvas.reveal(cardBounds(canvas, "c-compare"));
        });
        double before = canvas.zoomProperty().get();
        Rect card = cardBounds(canvas, "c-compare");
        Point2D under = center(canvas, card);
        robot.moveTo(under);
        robot.press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.zoomProperty().get()).isNotEqualTo(before);
        Point2D after = center(canvas, card);
        assertThat(after.distance(under)).isLessThan(2.0);

        robot.interact(canvas::zoomReset);
        assertThat(canvas.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void dropFromThePaletteAddsACardOfThatType(FxRobot robot) {
        Rect cell = cellBounds(canvas, "s-buy", "l-act");
        Point2D at = canvas.screenPointOf(cell.centerX(), cell.y() + 20);
        robot.interact(() -> {
            Point2D scene = canvas.view().localToScene(canvas.view().screenToLocal(at));
            PaletteDrop drop = canvas.pointer().paletteDrop();
            drop.drop(CardType.PAIN_POINT, drop.targetAt(scene.getX(), scene.getY()).orElseThrow());
        });
        robot.write("Slow delivery").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map(session).cardsIn("s-buy", "l-act")).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CardType.PAIN_POINT);
            assertThat(c.title()).isEqualTo("Slow delivery");
        });
        robot.interact(session::undo);
        robot.interact(session::undo);
        assertThat(map(session).cardsIn("s-buy", "l-act")).isEmpty();
        robot.interact(session::redo);
        assertThat(titlesIn(session, "s-buy", "l-act")).containsExactly(Messages.get("canvas.card.new.PAIN_POINT"));
    }

    @Test
    void typesCardsIntoACellWithTheKeyboardAlone(FxRobot robot) {
        Rect cell = cellBounds(canvas, "s-buy", "l-touch");
        robot.clickOn(canvas.screenPointOf(cell.centerX(), cell.centerY()));
        robot.write("Order").type(KeyCode.ENTER).write("Receipt email").type(KeyCode.ENTER);
        robot.write("Review request").type(KeyCode.TAB);
        robot.write("Unboxing").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titlesIn(session, "s-buy", "l-touch")).containsExactly("Order", "Receipt email", "Review request");
        // Tab went on in reading order: from the last stage of a lane to the first stage of the next lane.
        assertThat(titlesIn(session, "s-aware", "l-act")).containsExactly("Unboxing");
        assertThat(map(session).card(titlesIn(session, "s-buy", "l-touch").isEmpty() ? "" : firstId("Order")))
                .hasValueSatisfying(c -> assertThat(c.type()).isEqualTo(CardType.TOUCHPOINT));

        robot.interact(session::undo);
        assertThat(titlesIn(session, "s-aware", "l-act")).isEmpty();
        robot.interact(session::redo);
        assertThat(titlesIn(session, "s-aware", "l-act")).containsExactly("Unboxing");
    }

    private String firstId(String title) {
        return map(session).cards().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void controlArrowMovesTheSelectedCardToTheNextCell(FxRobot robot) {
        robot.clickOn(center(canvas, cardBounds(canvas, "c-compare")));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        undoRedo(robot,
                () -> assertThat(card(session, "c-compare").stageId()).isEqualTo("s-buy"),
                () -> assertThat(card(session, "c-compare").stageId()).isEqualTo("s-consider"));
    }

    @Test
    void copiesAndPastesCardsIntoTheSelectedCell(FxRobot robot) {
        robot.clickOn(center(canvas, cardBounds(canvas, "c-ad")));
        robot.interact(canvas::copy);
        robot.clickOn(center(canvas, cellBounds(canvas, "s-buy", "l-act")));
        robot.interact(canvas::paste);

        undoRedo(robot,
                () -> assertThat(map(session).cardsIn("s-buy", "l-act")).singleElement().satisfies(c -> {
                    assertThat(c.title()).isEqualTo("Sponsored post");
                    assertThat(c.score()).isEqualTo(0);
                    assertThat(c.id()).isNotEqualTo("c-ad");
                }),
                () -> assertThat(map(session).cardsIn("s-buy", "l-act")).isEmpty());
        assertThat(List.copyOf(session.selection().cardIds())).isNotEmpty();
    }
}
