package app.masa.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.io.TemplateInfo;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.ShellFixtures;
import app.masa.ui.files.DocumentSources;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > New offers the blank map first, with its picture, and a list that never collapses. */
@ExtendWith(ApplicationExtension.class)
class TemplateChooserDialogTest {
    private Stage stage;
    private Preferences node;
    private DocumentSession session;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(ShellFixtures.document(), null);
        new MainWindow(stage, session, new ShellPreferences(node), DocumentSources.builtIn()).show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s != stage).forEach(w -> ((Stage) w).close()));
        ShellFixtures.dispose(node);
    }

    @Test
    void theBlankMapComesFirstWithAPictureInEitherLanguage(FxRobot robot) throws TimeoutException {
        ListView<TemplateInfo> list = openNew(robot);

        assertThat(list.getItems().get(0).id()).isEqualTo(TemplateCatalog.BLANK);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup(".list-cell").queryAll()).anySatisfy(cell ->
                assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo("Blank map: stages and lanes only"));
        FittedPicture preview = robot.lookup("#template-preview").queryAs(FittedPicture.class);
        Image english = preview.getImage();
        assertThat(english).as("a picture of the blank map").isNotNull();
        assertThat(preview.view().getBoundsInParent().getWidth()).isGreaterThan(100);
        var shown = preview.view().localToScene(preview.view().getBoundsInLocal());
        assertThat(shown.getMaxX()).as("the whole picture is inside the window")
                .isLessThanOrEqualTo(preview.getScene().getWidth());
        assertThat(preview.getScene().getWidth()).as("as wide as the list and the picture ask, on a screen this large")
                .isGreaterThanOrEqualTo(preview.getScene().getRoot().prefWidth(-1) - 1);

        ComboBox<String> language = robot.lookup("#template-language").queryComboBox();
        robot.interact(() -> language.setValue("he"));

        assertThat(preview.getImage()).as("the Hebrew blank map").isNotNull().isNotSameAs(english);
    }

    @Test
    void theListKeepsSeveralRowsWhenTheWindowIsAsSmallAsItGoes(FxRobot robot) throws TimeoutException {
        ListView<TemplateInfo> list = openNew(robot);
        Stage dialog = (Stage) list.getScene().getWindow();

        robot.interact(() -> dialog.setHeight(dialog.getMinHeight()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getHeight()).as("room for %d rows", TemplateChooserDialog.MIN_ROWS)
                .isGreaterThanOrEqualTo(TemplateChooserDialog.MIN_ROWS * list.getFixedCellSize());
        assertThat(list.getItems()).hasSizeGreaterThanOrEqualTo(TemplateChooserDialog.MIN_ROWS);
    }

    @Test
    void creatingTheBlankMapGivesStagesAndLanesWithoutCards(FxRobot robot) throws TimeoutException {
        openNew(robot);
        robot.clickOn(Messages.get("dialog.new.create"));
        DesignerWindowFixture.await(() -> session.currentMap().cards().isEmpty());

        JourneyMap map = session.currentMap();
        assertThat(session.document().maps()).hasSize(1);
        assertThat(map.stages()).hasSize(5);
        assertThat(map.lanes()).isNotEmpty();
        assertThat(map.cards()).isEmpty();
        assertThat(map.connections()).isEmpty();
        assertThat(map.personas()).isEmpty();
        assertThat(map.language()).isEqualTo("en");
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void aBlankMapInHebrewReadsFromRightToLeft(FxRobot robot) throws TimeoutException {
        openNew(robot);
        ComboBox<String> language = robot.lookup("#template-language").queryComboBox();
        robot.interact(() -> language.setValue("he"));
        robot.clickOn(Messages.get("dialog.new.create"));
        DesignerWindowFixture.await(() -> session.currentMap().language().equals("he"));

        JourneyMap map = session.currentMap();
        assertThat(map.direction()).isEqualTo(Direction.RTL);
        assertThat(map.stages()).extracting(s -> s.name()).startsWith("מודעות");
        assertThat(map.cards()).isEmpty();
    }

    private ListView<TemplateInfo> openNew(FxRobot robot) throws TimeoutException {
        robot.clickOn("#ui-tool-new");
        DesignerWindowFixture.await(() -> robot.lookup("#template-list").tryQuery().isPresent());
        return robot.lookup("#template-list").queryListView();
    }
}
