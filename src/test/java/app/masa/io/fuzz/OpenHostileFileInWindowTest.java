package app.masa.io.fuzz;

import app.masa.ui.DesignerWindowFixture;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/**
 * Hostile files opened the way a person opens them, over a map being edited: File > Open in the
 * designer window. Either the window shows a short plain error and keeps the map exactly as it was
 * (with its undo history), or the file was valid and opens.
 */
@ExtendWith(ApplicationExtension.class)
class OpenHostileFileInWindowTest {
    private static final long SEED = 0x6f70656eL;
    private static final int MAX_SHOWN_CHARS = 1001;

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
    void eachKindOfDamageLeavesTheOpenMapAndItsHistoryAlone(FxRobot robot) throws Exception {
        BuiltInTemplates.Template template = BuiltInTemplates.all().get(0);
        TemplateMutator mutator = new TemplateMutator(SEED);
        int refused = 0;
        for (String kind : TemplateMutator.KINDS) {
            for (int attempt = 0; attempt < 2; attempt++) {
                robot.interact(() -> {
                    session.replace(ShellFixtures.document(), null);
                    Card before = session.document().map("map-a").orElseThrow().card("c1").orElseThrow();
                    session.execute(Edits.changeCard("map-a", before, before.withTitle("Edited")));
                    session.seal();
                });
                JourneyFile withWork = session.document();
                Mutation variant = mutator.mutate(template.name(), template.bytes(), kind);
                Path file = folder.resolve(kind + "-" + attempt + ".journey.json");
                Files.write(file, variant.bytes());

                // Marked saved, so opening does not first ask about unsaved changes.
                robot.interact(() -> session.markSaved(null));
                robot.interact(() -> window.files().open(file));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> Window.getWindows().size() > 1 || file.equals(session.fileProperty().get()));
                WaitForAsyncUtils.waitForFxEvents();

                if (file.equals(session.fileProperty().get())) {
                    continue;
                }
                refused++;
                DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
                assertThat(dialog.getHeaderText()).as(variant.description())
                        .isEqualTo(Messages.get("dialog.open.failed", file.getFileName()));
                assertThat(dialog.getContentText()).as(variant.description()).isNotBlank()
                        .doesNotContain("Exception").doesNotContain("\tat ").hasSizeLessThanOrEqualTo(MAX_SHOWN_CHARS);
                robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(session.document()).as(variant.description()).isSameAs(withWork);
                assertThat(session.canUndoProperty().get()).as(variant.description()).isTrue();
                assertThat(session.fileProperty().get()).as(variant.description()).isNull();
            }
        }
        assertThat(refused).isGreaterThan(TemplateMutator.KINDS.length);
    }
}
