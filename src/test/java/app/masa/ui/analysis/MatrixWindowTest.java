package app.masa.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.OpportunityDetails;
import app.masa.ui.DesignerWindowFixture;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging an opportunity in the matrix scores it again, one undo step per drop. */
@ExtendWith(ApplicationExtension.class)
class MatrixWindowTest {
    private DesignerWindowFixture designer;

    @Start
    void start(Stage stage) {
        designer = DesignerWindowFixture.show(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        designer.cleanUp(robot);
    }

    @Test
    void aChipDraggedToAnotherCellTakesItsScoresAndUndoTakesThemBack(FxRobot robot) {
        var session = designer.session();
        var map = session.currentMap();
        Card idea = Card.of("idea", map.stages().get(0).id(), map.lanes().get(0).id(), 99, CardType.OPPORTUNITY,
                "Same-day delivery").withOpportunity(OpportunityDetails.EMPTY.withImpact(2).withEffort(4));
        robot.interact(() -> {
            session.execute(app.masa.edit.Edits.addCard(map.id(), idea));
            session.seal();
        });

        robot.clickOn(Messages.get("menu.view"));
        robot.clickOn(Messages.get("matrix.menu"));
        WaitForAsyncUtils.waitForFxEvents();
        Node chip = robot.lookup("#matrix-chip-idea").query();
        Node plot = robot.lookup("#matrix-plot").query();
        MatrixWindow window = MatrixWindow.of(chip.getScene().getWindow());
        Rect target = window.matrix().cell(5, 1);
        Point2D to = plot.localToScreen(target.centerX(), target.y() + target.height() / 2);

        robot.drag(chip, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.currentMap().card("idea").orElseThrow().opportunity())
                .isEqualTo(OpportunityDetails.EMPTY.withImpact(5).withEffort(1));
        Node moved = robot.lookup("#matrix-chip-idea").query();
        Rect now = window.matrix().chips().stream().filter(c -> c.cardId().equals("idea")).findFirst().orElseThrow()
                .bounds();
        assertThat(target.intersects(now)).isTrue();
        assertThat(moved.getLayoutX()).isEqualTo(now.x());

        robot.interact(() -> session.undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.currentMap().card("idea").orElseThrow().opportunity())
                .isEqualTo(OpportunityDetails.EMPTY.withImpact(2).withEffort(4));
        assertThat(window.matrix().cell(2, 4).intersects(window.matrix().chips().stream()
                .filter(c -> c.cardId().equals("idea")).findFirst().orElseThrow().bounds())).isTrue();
    }
}
