package app.masa.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.model.ConversionPath;
import app.masa.model.Extras;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NumbersWindowTest {
    private DocumentSession session;
    private Stage owner;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        owner = stage;
        session = new DocumentSession(ShellFixtures.document(), null);
        session.execute(Edits.setConversionPaths("map-a", List.of(), List.of(
                new ConversionPath("p1", List.of("c1", "c2"), 10, 0, Extras.NONE),
                new ConversionPath("p2", List.of("channel:email"), 4, 0, Extras.NONE))));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsPathsAndTheModelsSideBySideAndFollowsTheHistory(FxRobot robot) {
        robot.interact(() -> NumbersWindow.show(owner, session));

        TableView<ConversionPath> paths = robot.lookup("#numbers-paths").queryAs(TableView.class);
        assertThat(paths.getItems()).extracting(ConversionPath::id).containsExactly("p1", "p2");

        robot.clickOn("#numbers-tab-attribution");
        TableView<String> table = robot.lookup("#numbers-attribution").queryAs(TableView.class);
        // both cards have no channel, then email, then the totals row
        assertThat(table.getItems()).hasSize(3);
        BarChart<String, Number> chart = robot.lookup("#numbers-attribution-chart").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(5);

        robot.clickOn("#numbers-tab-paths");
        robot.interact(() -> paths.getSelectionModel().select(0));
        robot.clickOn("#numbers-path-remove");
        assertThat(session.currentMap().conversionPaths()).extracting(ConversionPath::id).containsExactly("p2");
        assertThat(paths.getItems()).hasSize(1);

        robot.interact(session::undo);
        assertThat(paths.getItems()).hasSize(2);
    }

    @Test
    void theHalfLifeIsEditedAsOneUndoableStep(FxRobot robot) {
        robot.interact(() -> NumbersWindow.show(owner, session));
        robot.interact(() -> robot.lookup("#numbers-half-life").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().increment(1));
        assertThat(session.currentMap().attributionHalfLife()).isEqualTo(3);
        robot.interact(session::undo);
        assertThat(session.currentMap().attributionHalfLife()).isEqualTo(2);
    }
}
