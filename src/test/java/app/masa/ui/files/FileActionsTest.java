package app.masa.ui.files;

import app.masa.ui.DesignerWindowFixture;
import static app.masa.ui.DesignerWindowFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFiles;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FileActionsTest {
    @TempDir
    Path folder;

    private DesignerWindowFixture fixture;
    private DocumentSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        fixture = DesignerWindowFixture.show(stage);
        session = fixture.session();
        window = fixture.window();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    @Test
    void savingStampsTheChangedMapAndSavingAgainWritesIdenticalBytes(FxRobot robot) throws Exception {
        Path file = folder.resolve("shop.journey.json");
        robot.interact(() -> window.files().replace(ShellFixtures.document(), file));
        robot.interact(() -> {
            Card before = session.currentMap().card("c1").orElseThrow();
            session.execute(Edits.changeCard("map-a", before, before.withTitle("Coupon")));
        });

        robot.interact(() -> window.files().save());
        await(() -> !session.dirtyProperty().get() && !window.files().busyProperty().get());
        byte[] first = Files.readAllBytes(file);
        JourneyFile saved = JourneyFiles.load(file);
        assertThat(saved.map("map-a").orElseThrow().card("c1").orElseThrow().title()).isEqualTo("Coupon");
        assertThat(saved.map("map-a").orElseThrow().modified()).isAfter(ShellFixtures.CREATED);
        assertThat(saved.map("map-b").orElseThrow().modified()).isEqualTo(ShellFixtures.CREATED);
        assertThat(fixture.stage().getTitle()).isEqualTo(Messages.get("app.title", "shop.journey.json"));

        robot.interact(() -> window.files().save());
        await(() -> !window.files().busyProperty().get());
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void openingAFileShowsItCleanAndRemembersIt(FxRobot robot) throws Exception {
        Path file = folder.resolve("other.journey.json");
        JourneyFile other = JourneyFile.of(ShellFixtures.map("map-x", "Returns"));
        JourneyFiles.save(file, other);

        robot.interact(() -> window.files().open(file));
        await(() -> file.equals(session.fileProperty().get()));

        assertThat(session.document()).isEqualTo(other);
        assertThat(session.dirtyProperty().get()).isFalse();
        assertThat(new ShellPreferences(fixture.node()).recentFiles()).first().isEqualTo(file.toAbsolutePath().normalize());
    }

    @Test
    void aBrokenFileGivesAPlainErrorAndLeavesTheOpenMapAlone(FxRobot robot) throws Exception {
        Path file = folder.resolve("broken.journey.json");
        Files.writeString(file, "{ \"format\": ");
        JourneyFile before = session.document();

        robot.interact(() -> window.files().open(file));
        await(() -> Window.getWindows().size() > 1);

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo(Messages.get("dialog.open.failed", "broken.journey.json"));
        assertThat(dialog.getContentText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertThat(session.document()).isSameAs(before);
        assertThat(session.fileProperty().get()).isNull();
    }
}
