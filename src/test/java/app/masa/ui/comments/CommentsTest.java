package app.masa.ui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.CardBox;
import app.masa.layout.CommentMarks;
import app.masa.model.CommentThread;
import app.masa.ui.CanvasMenuRobot;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.canvas.MapCanvas;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A comment from the card's menu, then the Comments window: a reply, Resolve and Show, each one undo
 * step; the count on the canvas sits where the layout puts it and goes once the thread is resolved.
 */
@ExtendWith(ApplicationExtension.class)
class CommentsTest {
    private DesignerWindowFixture designer;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        designer = DesignerWindowFixture.show(stage);
        canvas = (MapCanvas) designer.window().canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        designer.cleanUp(robot);
    }

    @Test
    void aCommentFromTheCardsMenuThenAReplyAResolveAndShowInTheWindow(FxRobot robot) throws Exception {
        CardBox card = canvas.currentLayout().cards().get(0);
        CanvasMenuRobot.pick(robot, canvas, card.bounds(), "canvas.menu.comment");
        DesignerWindowFixture.await(() -> robot.lookup("#comment-text").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#comment-author").queryAs(TextField.class).setText("Dana");
            robot.lookup("#comment-text").queryAs(TextArea.class).setText("Is the price shown here?");
        });
        robot.interact(() -> robot.lookup("#comment-add").queryAs(Button.class).fire());

        CommentThread thread = designer.session().currentMap().comments().get(0);
        assertThat(thread.target()).isEqualTo(card.cardId());
        assertThat(thread.comments().get(0).author()).isEqualTo("Dana");
        assertThat(designer.window().preferences().commentAuthor()).isEqualTo("Dana");
        CommentMarks.Mark mark = marks().get(0);
        assertThat(mark.target()).isEqualTo(card.cardId());
        assertThat(mark.bounds().maxX()).isLessThanOrEqualTo(card.bounds().maxX());
        assertThat(mark.bounds().centerY()).isEqualTo(card.bounds().y());

        robot.interact(() -> designer.session().selection().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        DesignerWindowFixture.await(() -> robot.lookup("#comments-reply-" + thread.id()).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#comments-reply-" + thread.id()).queryAs(TextField.class).setText("Yes, in the basket"));
        robot.interact(() -> robot.lookup("#comments-send-" + thread.id()).queryAs(Button.class).fire());
        assertThat(designer.session().currentMap().comments().get(0).comments()).hasSize(2);

        robot.interact(() -> robot.lookup("#comments-show-" + thread.id()).queryAs(Button.class).fire());
        assertThat(designer.session().selection().cardIds()).containsExactly(card.cardId());

        robot.interact(() -> robot.lookup("#comments-resolve-" + thread.id()).queryAs(Button.class).fire());
        assertThat(designer.session().currentMap().comments().get(0).resolved()).isTrue();
        assertThat(marks()).isEmpty();

        robot.interact(designer.session()::undo);
        assertThat(designer.session().currentMap().comments().get(0).resolved()).isFalse();
        robot.interact(designer.session()::undo);
        assertThat(designer.session().currentMap().comments().get(0).comments()).hasSize(1);
        robot.interact(designer.session()::undo);
        assertThat(designer.session().currentMap().comments()).isEmpty();
    }

    private java.util.List<CommentMarks.Mark> marks() {
        return CommentMarks.of(canvas.currentLayout(), designer.session().currentMap());
    }
}
