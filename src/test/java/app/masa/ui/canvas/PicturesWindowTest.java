package app.masa.ui.canvas;

import static app.masa.ui.canvas.CanvasFixture.cardBounds;
import static app.masa.ui.canvas.CanvasFixture.cellBounds;
import static app.masa.ui.canvas.CanvasFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.io.pictures.TestPictures;
import app.masa.layout.CardBox;
import app.masa.layout.LaneBox;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.Direction;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.LaneKind;
import app.masa.model.Picture;
import app.masa.ui.CanvasMenuRobot;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.session.DocumentSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures in the real window: dropped on a card or into a storyboard, pasted from the clipboard,
 * focused in the inspector and removed; each gesture one undo step; a broken file says so and
 * changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PicturesWindowTest {
    @TempDir
    Path folder;
    private DesignerWindowFixture designer;
    private DocumentSession session;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        designer = DesignerWindowFixture.show(stage, CanvasFixture.document(Direction.LTR));
        session = designer.session();
        canvas = (MapCanvas) designer.window().canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        designer.cleanUp(robot);
    }

    @Test
    void aPictureDroppedOnACardShowsInItsFrameAndOneUndoTakesItAway(FxRobot robot) throws Exception {
        java.awt.image.BufferedImage magenta = new java.awt.image.BufferedImage(800, 400,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = magenta.createGraphics();
        g.setColor(new java.awt.Color(255, 0, 255));
        g.fillRect(0, 0, 800, 400);
        g.dispose();
        Path file = TestPictures.write(folder, "shop-front.png", magenta, "png");
        double heightBefore = cardBounds(canvas, "c-ad").height();

        drop(robot, List.of(file), cardBounds(canvas, "c-ad"));
        DesignerWindowFixture.await(() -> card("c-ad").picture() != null);

        CardBox box = canvas.currentLayout().card("c-ad").orElseThrow();
        assertThat(box.picture().image()).isNotNull();
        assertThat(box.bounds().height()).isGreaterThan(heightBefore + box.picture().frame().height());
        assertThat(session.selection().cardIds()).containsExactly("c-ad");
        Rect frame = box.picture().frame();
        DesignerWindowFixture.await(() -> isMagenta(robot, frame));

        robot.interact(session::undo);
        assertThat(card("c-ad").picture()).isNull();
    }

    /** Whether the canvas shows the picture (decoded in the background) in the middle of the frame. */
    private boolean isMagenta(FxRobot robot, Rect frame) {
        Point2D at = canvas.localPointOf(frame.centerX(), frame.centerY());
        try {
            javafx.scene.paint.Color c = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS).getPixelReader()
                    .getColor((int) at.getX(), (int) at.getY());
            return c.getRed() > 0.9 && c.getGreen() < 0.15 && c.getBlue() > 0.9;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStoryboardLaneFromTheLanesMenuTakesOnePictureAStageFromWhereThePicturesFall(FxRobot robot)
            throws Exception {
        LaneBox touch = canvas.currentLayout().lanes().stream().filter(l -> l.laneId().equals("l-touch"))
                .findFirst().orElseThrow();
        CanvasMenuRobot.pick(robot, canvas, touch.header(), "canvas.menu.addStoryboardBelow");
        String lane = map(session).lanes().get(1).id();
        assertThat(map(session).lanes().get(1).kind()).isEqualTo(LaneKind.STORYBOARD);
        assertThat(map(session).lanes().get(1).title()).isEqualTo("Storyboard");
        Path post = TestPictures.write(folder, "post-in-the-feed.png", TestPictures.halves(600, 450), "png");
        Path site = TestPictures.write(folder, "the-site.jpg", TestPictures.halves(600, 450), "jpeg");

        drop(robot, List.of(post, site), cellBounds(canvas, "s-consider", lane));
        DesignerWindowFixture.await(() -> map(session).cards().stream().filter(c -> c.laneId().equals(lane)).count() == 2);

        assertThat(map(session).cardsIn("s-consider", lane)).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("post in the feed"));
        assertThat(map(session).cardsIn("s-buy", lane)).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("the site"));
        CardBox still = canvas.currentLayout().cards().stream().filter(c -> c.laneId().equals(lane)).findFirst()
                .orElseThrow();
        assertThat(still.picture().frame().height()).isCloseTo(still.picture().frame().width() * 0.75,
                org.assertj.core.data.Offset.offset(1.0));

        robot.interact(session::undo);
        assertThat(map(session).cards().stream().filter(c -> c.laneId().equals(lane))).isEmpty();
    }

    @Test
    void aPictureOnTheClipboardPastesOntoTheSelectedCard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            WritableImage image = new WritableImage(120, 90);
            for (int y = 0; y < 90; y++) {
                for (int x = 0; x < 120; x++) {
                    image.getPixelWriter().setArgb(x, y, 0xff2e7d32);
                }
            }
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, image));
        });
        Rect ad = cardBounds(canvas, "c-ad");
        robot.clickOn(canvas.screenPointOf(ad.centerX(), ad.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        int cards = map(session).cards().size();

        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        DesignerWindowFixture.await(() -> card("c-ad").picture() != null);

        assertThat(map(session).cards()).hasSize(cards);
        assertThat(app.masa.layout.PhotoCheck.size(app.masa.model.PersonaPhoto.bytes(card("c-ad").picture().image())
                .orElseThrow())).containsExactly(120, 90);
    }

    @Test
    void aClickOnThePictureInTheInspectorMovesItsFocusAndRemoveTakesIt(FxRobot robot) throws Exception {
        robot.interact(() -> session.execute(app.masa.edit.Edits.setCardPicture(CanvasFixture.MAP, "c-ad",
                TestPictures.picture())));
        robot.interact(session::seal);
        Rect ad = cardBounds(canvas, "c-ad");
        robot.clickOn(canvas.screenPointOf(ad.centerX(), ad.centerY()));
        DesignerWindowFixture.await(() -> robot.lookup("#inspector-picture-focus").tryQuery()
                .filter(Node::isVisible).isPresent());
        Node picture = robot.lookup("#inspector-picture-focus").query();
        Bounds shown = picture.localToScreen(picture.getBoundsInLocal());

        robot.moveTo(new Point2D(shown.getMinX() + shown.getWidth() * 0.1, shown.getMinY() + shown.getHeight() * 0.8));
        robot.clickOn();
        WaitForAsyncUtils.waitForFxEvents();

        Picture focused = card("c-ad").picture();
        assertThat(focused.focusX()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.03));
        assertThat(focused.focusY()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.03));
        robot.interact(session::undo);
        assertThat(card("c-ad").picture().focusX()).isEqualTo(0.5);

        robot.interact(() -> robot.lookup("#inspector-picture-remove").queryAs(Button.class).fire());
        assertThat(card("c-ad").picture()).isNull();
        robot.interact(session::undo);
        assertThat(card("c-ad").picture()).isEqualTo(TestPictures.picture());
    }

    @Test
    void theCardsMenuRemovesItsPictureAsOneStep(FxRobot robot) {
        robot.interact(() -> session.execute(app.masa.edit.Edits.setCardPicture(CanvasFixture.MAP, "c-ad",
                TestPictures.picture())));
        robot.interact(session::seal);

        CanvasMenuRobot.pick(robot, canvas, cardBounds(canvas, "c-ad"), "canvas.menu.removePicture");

        assertThat(card("c-ad").picture()).isNull();
        robot.interact(session::undo);
        assertThat(card("c-ad").picture()).isEqualTo(TestPictures.picture());
    }

    @Test
    void aBrokenPictureSaysWhichFileAndWhyAndChangesNothing(FxRobot robot) throws Exception {
        Path broken = Files.write(folder.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        JourneyFile before = session.document();

        drop(robot, List.of(broken), cardBounds(canvas, "c-ad"));
        DesignerWindowFixture.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The picture could not be added");
        assertThat(dialog.getContentText()).contains("“scan.png”");
        assertThat(session.document()).isSameAs(before);
    }

    /** What a drop of files from the desktop does at a place of the map. */
    private void drop(FxRobot robot, List<Path> files, Rect on) {
        Point2D screen = canvas.screenPointOf(on.centerX(), on.centerY());
        robot.interact(() -> {
            Point2D scene = canvas.getScene().getRoot().screenToLocal(screen);
            PictureDrop.Target target = canvas.pictures().targetAt(scene.getX(), scene.getY()).orElseThrow();
            canvas.pictures().place(files, target);
        });
    }

    private Card card(String id) {
        JourneyMap map = map(session);
        return map.card(id).orElseThrow();
    }
}
