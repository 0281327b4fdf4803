package app.masa.ui.canvas;

import static app.masa.ui.canvas.CanvasFixture.card;
import static app.masa.ui.canvas.CanvasFixture.cardBounds;
import static app.masa.ui.canvas.CanvasFixture.cellBounds;
import static app.masa.ui.canvas.CanvasFixture.center;
import static app.masa.ui.canvas.CanvasFixture.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.layout.Rect;
import app.masa.model.Direction;
import app.masa.ui.session.DocumentSession;
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

/** A right-to-left map: the journey starts at the right, and dragging and typing follow it. */
@InterfaceLanguage("he")
@ExtendWith(ApplicationExtension.class)
class MapCanvasRightToLeftTest {
    private DocumentSession session;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        session = new DocumentSession(CanvasFixture.document(Direction.RTL), null);
        canvas = new MapCanvas(session);
        stage.setScene(new Scene(canvas, 1200, 760));
        stage.show();
    }

    @Test
    void theFirstStageIsAtTheRightAndInView() {
        Rect first = canvas.currentLayout().stages().get(0).header();
        Rect last = canvas.currentLayout().stages().get(2).header();
        assertThat(first.x()).isGreaterThan(last.x());
        assertThat(canvas.viewport().visibleRect().maxX()).isGreaterThanOrEqualTo(first.maxX());
    }

    @Test
    void dragsACardToTheNextStageOnTheLeftAndUndoes(FxRobot robot) {
        Rect target = cellBounds(canvas, "s-consider", "l-touch");
        robot.drag(center(canvas, cardBounds(canvas, "c-friend")), MouseButton.PRIMARY)
                .moveTo(canvas.screenPointOf(target.centerX(), target.y() + 30)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(session, "c-friend").stageId()).isEqualTo("s-consider");
        robot.interact(session::undo);
        assertThat(card(session, "c-friend").stageId()).isEqualTo("s-aware");
        robot.interact(session::redo);
        assertThat(card(session, "c-friend").stageId()).isEqualTo("s-consider");
    }

    @Test
    void typedCardsAndTabFollowTheReadingDirection(FxRobot robot) {
        Rect cell = cellBounds(canvas, "s-aware", "l-act");
        robot.clickOn(canvas.screenPointOf(cell.centerX(), cell.centerY()));
        robot.write("קופון").type(KeyCode.TAB).write("השוואה").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titlesIn(session, "s-aware", "l-act")).containsExactly("קופון");
        assertThat(titlesIn(session, "s-consider", "l-act")).containsExactly("Compares prices", "השוואה");
        // Arrow left goes on to the next stage in a right-to-left map.
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.selection().cellProperty().get().stageId()).isEqualTo("s-buy");
    }
}
