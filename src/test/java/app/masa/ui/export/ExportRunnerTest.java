package app.masa.ui.export;

import static app.masa.ui.export.ExportFixtures.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.export.ExportFormat;
import app.masa.export.ExportOptions;
import app.masa.i18n.Messages;
import app.masa.ui.ShellFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
// The finished export first: a cancelled one leaves its worker deleting a half-written file.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportRunnerTest {
    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    @Order(1)
    void exportsInTheBackgroundAndClosesTheProgressDialog(FxRobot robot) throws Exception {
        Path target = folder.resolve("shop.svg");
        ExportRequest request = new ExportRequest(ExportFormat.SVG, ExportOptions.defaults(), List.of("m"), false);
        Task<?>[] task = new Task<?>[1];

        robot.interact(() -> task[0] = ExportRunner.run(stage, List.of(ShellFixtures.map("m", "Shop visit")), request, target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> task[0].isDone()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> task[0].getState())).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(Files.readString(target)).contains("Sponsored post", "Checkout");
        assertThat(onFx(() -> List.copyOf(Window.getWindows()))).containsExactly(stage);
    }

    @Test
    @Order(2)
    void cancelStopsALongExportAndLeavesNoFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("poster.png");
        ExportRequest request = new ExportRequest(ExportFormat.PNG, ExportOptions.defaults().withScale(3),
                List.of("poster"), false);
        Task<?>[] task = new Task<?>[1];

        robot.interact(() -> task[0] = ExportRunner.run(stage, List.of(ExportFixtures.poster(60, 24)), request, target));
        // Under way: some rows are written, most are not.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> task[0].getProgress() > 0));
        assertThat(onFx(() -> task[0].isDone())).isFalse();
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> task[0].getState())).isEqualTo(Worker.State.CANCELLED);
        assertThat(onFx(() -> List.copyOf(Window.getWindows()))).containsExactly(stage);
        // The worker stops at the next band and removes its half-written file.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> filesIn(folder).isEmpty());
        assertThat(target).doesNotExist();
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
