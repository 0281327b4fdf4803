package app.masa.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.dialog.FittedPicture;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help > Getting Started: six steps with pictures of a real map, and buttons that do the steps. */
@InterfaceLanguage("en")
@ExtendWith(ApplicationExtension.class)
class GettingStartedWindowTest {
    private static final List<String> STEPS = List.of("start", "stages", "touchpoints", "emotion", "pains", "share");

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
    void f1ShowsSixStepsWithPicturesOfTheSampleMapBesideTheMap(FxRobot robot) throws TimeoutException {
        Stage guide = openWithF1(robot);

        for (String step : STEPS) {
            Node line = guide.getScene().getRoot().lookup("#guide-step-" + step);
            assertThat(line).as(step).isNotNull();
            assertThat(((Label) line.lookup(".guide-step-title")).getText()).isEqualTo(Messages.get("guide." + step + ".title"));
        }
        for (String step : STEPS.subList(0, 5)) {
            FittedPicture picture = (FittedPicture) guide.getScene().getRoot().lookup("#guide-picture-" + step);
            assertThat(picture).as("a picture for %s", step).isNotNull();
            assertThat(picture.getImage().getWidth()).isGreaterThan(100);
            assertThat(picture.view().getBoundsInParent().getWidth()).as("shown at a readable size").isGreaterThan(150);
        }
        Stage main = designer.stage();
        assertThat(guide.getX() + guide.getWidth()).as("inside the designer's window")
                .isLessThanOrEqualTo(main.getX() + main.getWidth());
        assertThat(guide.getX() + guide.getWidth() / 2).as("at the side where the journey ends")
                .isGreaterThan(main.getX() + main.getWidth() / 2);
    }

    @Test
    void addAStageAddsOneAndOpensItsNameForTyping(FxRobot robot) throws TimeoutException {
        openWithF1(robot);
        int before = designer.session().currentMap().stages().size();

        clickInGuide(robot, "#guide-add-stage");
        DesignerWindowFixture.await(() -> designer.session().currentMap().stages().size() == before + 1);

        TextArea name = robot.lookup(".canvas-editor").queryAs(TextArea.class);
        assertThat(name.isVisible()).isTrue();
        assertThat(name.getText()).isEqualTo(Messages.get("edit.stage.newName"));
        assertThat(name.isFocused()).as("the name has the keyboard in the designer's window").isTrue();
        // The keyboard follows the focused window; the test's robot has to be told which one that is.
        robot.targetWindow(designer.stage());
        robot.write("Referral").type(KeyCode.ENTER);
        DesignerWindowFixture.await(() -> designer.session().currentMap().stages().get(before).name().equals("Referral"));
    }

    @Test
    void newMapOpensTheNewDialog(FxRobot robot) throws TimeoutException {
        openWithF1(robot);

        clickInGuide(robot, "#guide-new");
        DesignerWindowFixture.await(() -> robot.lookup("#template-list").tryQuery().isPresent());

        assertThat(robot.lookup(Messages.get("dialog.new.header")).tryQuery()).isPresent();
    }

    @Test
    void inHebrewTheGuideReadsFromRightToLeftAndStandsAtTheLeft(FxRobot robot) throws TimeoutException {
        robot.interact(() -> designer.window().switchLanguage(Locale.forLanguageTag("he")));
        Stage guide = openWithF1(robot);

        assertThat(guide.getTitle()).isEqualTo("צעדים ראשונים");
        assertThat(guide.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        Label title = (Label) guide.getScene().getRoot().lookup("#guide-step-stages .guide-step-title");
        assertThat(title.getText()).isEqualTo("נותנים שמות לשלבים");
        FittedPicture picture = (FittedPicture) guide.getScene().getRoot().lookup("#guide-picture-stages");
        assertThat(picture.getEffectiveNodeOrientation()).as("a map's picture is never mirrored")
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        Stage main = designer.stage();
        assertThat(guide.getX() + guide.getWidth() / 2).isLessThan(main.getX() + main.getWidth() / 2);
    }

    /** Scrolls the guide to a button, as a person would, and clicks it. */
    private static void clickInGuide(FxRobot robot, String query) {
        Node button = robot.lookup(query).query();
        ScrollPane scroll = (ScrollPane) guide().getScene().getRoot().lookup(".scroll-pane");
        robot.interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(button.localToScene(0, 0)).getY();
            double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        robot.clickOn(button);
    }

    private Stage openWithF1(FxRobot robot) throws TimeoutException {
        robot.clickOn(designer.window().canvas().node());
        robot.type(KeyCode.F1);
        DesignerWindowFixture.await(() -> guide() != null);
        return guide();
    }

    private static Stage guide() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && "getting-started".equals(s.getScene().getRoot().getId()))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
