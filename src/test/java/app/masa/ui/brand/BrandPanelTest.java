package app.masa.ui.brand;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.FontFace;
import app.masa.layout.FontRole;
import app.masa.layout.SampleMaps;
import app.masa.model.Brand;
import app.masa.model.CardType;
import app.masa.model.TitleTypeface;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.canvas.MapCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Brand…: each colour chosen is one undoable step that the canvas wears at once. */
@ExtendWith(ApplicationExtension.class)
class BrandPanelTest {
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
    void aCardColourChosenInThePanelDressesTheCanvasAndUndoesInOneStep(FxRobot robot) {
        openPanel(robot);
        ColorPicker pain = robot.lookup("#brand-type-pain_point").queryAs(ColorPicker.class);
        robot.interact(() -> pain.setValue(Color.web("#aa0011")));

        assertThat(designer.session().document().brand().typeColors()).containsEntry(CardType.PAIN_POINT, "#aa0011");
        assertThat(canvas(robot).currentLayout().style().palette().accent(CardType.PAIN_POINT).toHex())
                .isEqualTo("#aa0011");
        assertThat(designer.session().undoLabelProperty().get()).isEqualTo(Messages.get("edit.brand.colors"));

        robot.clickOn("#brand-types-reset");
        assertThat(designer.session().document().brand()).isEqualTo(Brand.NONE);
        assertThat(pain.getValue()).isNotEqualTo(Color.web("#aa0011"));

        close(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.session().document().brand().typeColors()).containsEntry(CardType.PAIN_POINT, "#aa0011");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.session().document().brand()).isEqualTo(Brand.NONE);
        assertThat(canvas(robot).currentLayout().style().palette().accent(CardType.PAIN_POINT).toHex())
                .isNotEqualTo("#aa0011");
    }

    @Test
    void theSerifChosenForTitlesSetsTheMapTitleInItAndUndoesInOneStep(FxRobot robot) {
        openPanel(robot);

        // Chosen as the keyboard or a click on it would: the dialog may still be settling into place.
        RadioButton serif = robot.lookup("#brand-title-frank-ruhl-libre").queryAs(RadioButton.class);
        robot.interact(serif::fire);

        assertThat(designer.session().document().brand().titleTypeface()).isEqualTo(TitleTypeface.FRANK_RUHL_LIBRE);
        assertThat(canvas(robot).currentLayout().style().typography().face(FontRole.MAP_TITLE))
                .isEqualTo(FontFace.SERIF_BOLD);
        assertThat(designer.session().undoLabelProperty().get()).isEqualTo(Messages.get("edit.brand.titleFont"));

        close(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.session().document().brand()).isEqualTo(Brand.NONE);
        assertThat(canvas(robot).currentLayout().style().typography().face(FontRole.MAP_TITLE))
                .isEqualTo(FontFace.BOLD);
    }

    @Test
    void showingTheBrandInThePickersChangesNothing(FxRobot robot) {
        openPanel(robot);
        close(robot);

        assertThat(designer.session().document().brand()).isEqualTo(Brand.NONE);
        assertThat(designer.session().canUndoProperty().get()).isFalse();
    }

    @Test
    void aLogoIsKeptAsASmallPngAndAPictureThatIsNoneChangesNothing(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path big = dir.resolve("logo.png");
        String uri = SampleMaps.logo(1200, 300);
        Files.write(big, Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");

        LogoImport.Result ok = LogoImport.fromFile(big);
        LogoImport.Result bad = LogoImport.fromFile(broken);

        assertThat(ok.ok()).isTrue();
        assertThat(ok.dataUri()).startsWith("data:image/png;base64,");
        javafx.scene.image.Image image = new javafx.scene.image.Image(new java.io.ByteArrayInputStream(
                Base64.getDecoder().decode(ok.dataUri().substring(ok.dataUri().indexOf(',') + 1))));
        assertThat(image.getWidth()).isEqualTo(LogoImport.MAX_SIDE);
        assertThat(image.getHeight()).isEqualTo(150);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.problem()).contains("broken.png");
    }

    private void openPanel(FxRobot robot) {
        robot.clickOn(Messages.get("menu.edit"));
        robot.clickOn(Messages.get("menu.edit.brand"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#brand-panel").tryQuery()).isPresent();
    }

    private static void close(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button close = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(close.getText()).isEqualTo(Messages.get("dialog.close"));
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MapCanvas canvas(FxRobot robot) {
        return robot.lookup(n -> n instanceof MapCanvas).queryAs(MapCanvas.class);
    }
}
