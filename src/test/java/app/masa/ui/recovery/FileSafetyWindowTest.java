package app.masa.ui.recovery;

import app.masa.ui.DesignerWindowFixture;
import static app.masa.ui.DesignerWindowFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFiles;
import app.masa.io.recovery.DocumentLock;
import app.masa.io.recovery.ProcessOwner;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
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
import org.testfx.util.WaitForAsyncUtils;

/** The designer window facing a file that others change, lock or take away. */
@ExtendWith(ApplicationExtension.class)
class FileSafetyWindowTest {
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
    void savingOverAFileSomeoneElseChangedAsksFirst(FxRobot robot) throws Exception {
        Path file = openSaved(robot, "shop.journey.json");
        editATitle(robot, "Coupon");
        String theirs = Files.readString(file).replace("Shop visit", "Shop visit (edited in git)");
        Files.writeString(file, theirs);

        robot.interact(() -> window.files().save());
        DialogPane question = awaitDialog(robot);
        assertThat(question.getHeaderText()).isEqualTo(Messages.get("filewatch.beforeSave.header", "shop.journey.json"));
        click(robot, Messages.get("dialog.cancel"));
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(session.dirtyProperty().get()).isTrue();

        robot.interact(() -> window.files().save());
        awaitDialog(robot);
        click(robot, Messages.get("filewatch.beforeSave.replace"));
        await(() -> !session.dirtyProperty().get() && !window.files().busyProperty().get());
        assertThat(JourneyFiles.load(file).map("map-a").orElseThrow().card("c1").orElseThrow().title()).isEqualTo("Coupon");
        assertThat(Files.readString(file.resolveSibling("shop.journey.json.bak"))).isEqualTo(theirs);
    }

    @Test
    void savingAFileNobodyElseTouchedDoesNotAsk(FxRobot robot) throws Exception {
        Path file = openSaved(robot, "shop.journey.json");
        editATitle(robot, "Coupon");

        robot.interact(() -> window.files().save());

        await(() -> !session.dirtyProperty().get() && !window.files().busyProperty().get());
        assertThat(Window.getWindows()).hasSize(1);
        assertThat(Files.readString(file)).contains("Coupon");
    }

    @Test
    void anOpenFileIsLockedAndTheLockGoesWithTheWindow(FxRobot robot) throws Exception {
        Path file = openSaved(robot, "shop.journey.json");
        Path lock = DocumentLock.lockFileOf(file);
        await(() -> Files.exists(lock));

        DocumentLock.Result second = DocumentLock.acquire(file, ProcessOwner.newForThisProcess(), Clock.systemUTC());
        assertThat(second.heldBy()).isPresent();

        robot.interact(() -> fixture.stage().close());
        await(() -> !Files.exists(lock));
        assertThat(lock).doesNotExist();
    }

    @Test
    void openingAFileAnotherMasaHasOpenWarns(FxRobot robot) throws Exception {
        Path file = folder.resolve("shared.journey.json");
        JourneyFiles.save(file, ShellFixtures.document());
        ProcessOwner elsewhere = new ProcessOwner(4242, "workshop-laptop", null, "t");
        DocumentLock.acquire(file, elsewhere, Clock.systemUTC());

        robot.interact(() -> window.files().open(file));

        DialogPane warning = awaitDialog(robot);
        assertThat(warning.getHeaderText()).isEqualTo(Messages.get("filewatch.locked.header", "shared.journey.json"));
        assertThat(warning.getContentText()).contains("workshop-laptop");
        click(robot, "OK");
        assertThat(session.document()).isEqualTo(ShellFixtures.document());
        assertThat(DocumentLock.read(DocumentLock.lockFileOf(file)).orElseThrow().owner().host()).isEqualTo("workshop-laptop");
    }

    @Test
    void aRecoveredDocumentIsUnsavedWithNothingToUndoUntilSaved(FxRobot robot) throws Exception {
        Path file = folder.resolve("recovered.journey.json");
        JourneyFile recovered = JourneyFile.of(ShellFixtures.map("map-r", "Recovered"));

        robot.interact(() -> window.files().recover(recovered, file));

        assertThat(session.document()).isEqualTo(recovered);
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(fixture.stage().getTitle()).contains(Messages.get("ui.title.unsaved", "recovered.journey.json"));
        robot.interact(() -> window.files().save());
        await(() -> !session.dirtyProperty().get() && !window.files().busyProperty().get());
        assertThat(JourneyFiles.load(file).maps().get(0).title()).isEqualTo("Recovered");
    }

    @Test
    void savingIntoARemovedFolderSaysSoAndKeepsTheMapOpenAndUnsaved(FxRobot robot) throws Exception {
        Path sub = Files.createDirectory(folder.resolve("usb-stick"));
        Path file = sub.resolve("shop.journey.json");
        robot.interact(() -> window.files().replace(ShellFixtures.document(), file));
        editATitle(robot, "Coupon");
        JourneyFile edited = session.document();
        Files.deleteIfExists(DocumentLock.lockFileOf(file));
        Files.delete(sub);

        robot.interact(() -> window.files().save());

        DialogPane error = awaitDialog(robot);
        assertThat(error.getHeaderText()).isEqualTo(Messages.get("dialog.save.failed", "shop.journey.json"));
        assertThat(error.getContentText()).contains(Messages.get("io.reason.noFolder")).doesNotContain("Exception");
        click(robot, "OK");
        assertThat(session.document()).isSameAs(edited);
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(sub).doesNotExist();
    }

    @Test
    void savingIntoAFolderMasaMayNotWriteSaysSoAndLeavesFileAndBackupAlone(FxRobot robot) throws Exception {
        Path file = ReadOnlyFolders.withSavedFile(folder);
        robot.interact(() -> window.files().replace(ShellFixtures.document(), file));
        editATitle(robot, "Coupon");
        byte[] before = ReadOnlyFolders.bytesOrEmpty(file);
        byte[] backup = ReadOnlyFolders.bytesOrEmpty(file.resolveSibling(file.getFileName() + ".bak"));
        try {
            ReadOnlyFolders.deny(file.getParent());

            robot.interact(() -> window.files().save());

            DialogPane error = awaitDialog(robot);
            assertThat(error.getHeaderText()).isEqualTo(Messages.get("dialog.save.failed", file.getFileName()));
            assertThat(error.getContentText()).contains(Messages.get("io.reason.denied")).doesNotContain("Exception");
            click(robot, "OK");
            assertThat(session.dirtyProperty().get()).isTrue();
            assertThat(ReadOnlyFolders.bytesOrEmpty(file)).isEqualTo(before);
            assertThat(ReadOnlyFolders.bytesOrEmpty(file.resolveSibling(file.getFileName() + ".bak"))).isEqualTo(backup);
        } finally {
            ReadOnlyFolders.allow(file.getParent());
        }
    }

    private Path openSaved(FxRobot robot, String name) throws Exception {
        Path file = folder.resolve(name);
        JourneyFiles.save(file, ShellFixtures.document());
        robot.interact(() -> window.files().open(file));
        await(() -> file.equals(session.fileProperty().get()) && !window.files().busyProperty().get());
        return file;
    }

    private void editATitle(FxRobot robot, String title) {
        robot.interact(() -> {
            Card before = session.document().map("map-a").orElseThrow().card("c1").orElseThrow();
            session.execute(Edits.changeCard("map-a", before, before.withTitle(title)));
            session.seal();
        });
    }

    private static DialogPane awaitDialog(FxRobot robot) throws TimeoutException {
        await(() -> Window.getWindows().size() > 1);
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void click(FxRobot robot, String text) {
        Button button = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
