package app.masa.ui.export;

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
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
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
    void exportsInTheBackgroundAndClosesTheProgressDialog(FxRobot robot) throws Exception {
        Path target = folder.resolve("shop.svg");
        ExportRequest request = new ExportRequest(ExportFormat.SVG, ExportOptions.defaults(), false);
        Task<?>[] task = new Task<?>[1];

        robot.interact(() -> task[0] = ExportRunner.run(stage, List.of(ShellFixtures.map("m", "Shop visit")), request, target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> task[0].isDone()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> task[0].getState())).isEqualTo(javafx.concurrent.Worker.State.SUCCEEDED);
        assertThat(Files.readString(target)).contains("Sponsored post", "Checkout");
        assertThat(onFx(() -> List.copyOf(Window.getWindows()))).containsExactly(stage);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
