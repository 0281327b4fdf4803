package app.masa.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.masa.ui.ShellFixtures;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowFitTest {
    private Stage owner;
    private Preferences node;

    @Start
    void start(Stage stage) {
        owner = stage;
        node = ShellFixtures.preferences();
        WindowMemory.use(node);
        stage.setScene(new Scene(new StackPane(), 500, 300));
        stage.setX(40);
        stage.setY(60);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner && w instanceof Stage).forEach(w -> ((Stage) w).close()));
        WindowMemory.use(null);
        ShellFixtures.dispose(node);
    }

    @Test
    void aWindowOpensAtItsContentsSizeCentredOnItsOwner(FxRobot robot) throws Exception {
        Stage tool = fx(() -> show(content(420, 260), null));

        assertThat(tool.getScene().getWidth()).isCloseTo(420, within(1.0));
        assertThat(tool.getScene().getHeight()).isCloseTo(260, within(1.0));
        assertThat(tool.getX() + tool.getWidth() / 2).isCloseTo(owner.getX() + owner.getWidth() / 2, within(1.0));
        assertThat(tool.getY() + tool.getHeight() / 2).isCloseTo(owner.getY() + owner.getHeight() / 2, within(1.0));
        assertThat(tool.isResizable()).isTrue();
    }

    @Test
    void aWindowLargerThanTheScreenIsFittedInsideIt(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage tool = fx(() -> show(content(screen.getWidth() * 2, screen.getHeight() * 2), null));

        assertThat(tool.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(tool.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(tool.getX() + tool.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(tool.getY() + tool.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void theSizeTheUserGaveIsRememberedByName(FxRobot robot) throws Exception {
        Stage first = fx(() -> show(content(300, 200), new Dimension2D(400, 300)));
        robot.interact(() -> {
            first.setWidth(first.getWidth() + 120);
            first.setHeight(first.getHeight() + 80);
        });
        double width = first.getScene().getWidth();
        double height = first.getScene().getHeight();
        robot.interact(first::close);

        Stage again = fx(() -> show(content(300, 200), new Dimension2D(400, 300)));

        assertThat(again.getScene().getWidth()).isCloseTo(width, within(1.0));
        assertThat(again.getScene().getHeight()).isCloseTo(height, within(1.0));
    }

    @Test
    void aDialogIsResizableAndShowsAllItsContent(FxRobot robot) throws Exception {
        Alert alert = fx(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "A sentence long enough to need some room in the dialog.");
            Dialogs.prepare(a, owner, "fit-test-alert");
            a.getDialogPane().setContent(content(520, 340));
            a.show();
            return a;
        });

        assertThat(alert.isResizable()).isTrue();
        assertThat(alert.getDialogPane().getHeight())
                .isGreaterThanOrEqualTo(alert.getDialogPane().minHeight(alert.getDialogPane().getWidth()) - 1);
        assertThat(alert.getDialogPane().getScene().getHeight()).isGreaterThanOrEqualTo(340);
        assertThat(alert.getDialogPane().getScene().getWidth()).isGreaterThanOrEqualTo(520);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private Stage show(Region content, Dimension2D preferred) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setScene(new Scene(content));
        WindowFit.stage(stage, "fit-test", preferred);
        stage.show();
        return stage;
    }

    private static Region content(double width, double height) {
        Region region = new Region();
        region.setPrefSize(width, height);
        region.setMinSize(100, 80);
        return region;
    }
}
