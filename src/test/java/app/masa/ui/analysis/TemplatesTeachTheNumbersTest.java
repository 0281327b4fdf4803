package app.masa.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.InterfaceLanguage;
import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A person who opens a built-in template sees the method's numbers at once: every attribution model
 * credits more than one channel, NPS stands on several stages, and a closed dot vote ranks the ideas.
 */
@InterfaceLanguage("he")
@ExtendWith(ApplicationExtension.class)
class TemplatesTeachTheNumbersTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    static List<String[]> templates() {
        return TemplateCatalog.builtIn().list().stream().filter(t -> !t.id().equals(TemplateCatalog.BLANK))
                .flatMap(t -> t.languages().stream().map(language -> new String[] {t.id(), language}))
                .toList();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templates")
    @SuppressWarnings("unchecked")
    void theNumbersWindowShowsEveryModelAndNpsOnFirstOpen(String template, String language, FxRobot robot)
            throws Exception {
        DocumentSession session = new DocumentSession(TemplateCatalog.builtIn().create(template, language), null);
        JourneyMap map = session.currentMap();
        assertThat(map.stages().stream().filter(s -> s.nps().answers() > 0).count()).as("stages with NPS")
                .isGreaterThanOrEqualTo(3);
        DotVote vote = map.vote();
        assertThat(vote).as("a dot vote").isNotNull();
        assertThat(vote.open()).as("the vote is closed").isFalse();
        assertThat(vote.dotsGiven()).isPositive();
        assertThat(map.scenario()).contains(language.equals("he") ? "להמחשה בלבד" : "illustrative");

        robot.interact(() -> NumbersWindow.show(owner, session));
        List<String> cells = robot.lookup("#numbers-paths .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(cells).as("the steps of a path point the way Hebrew reads").anyMatch(t -> t.contains(" \u2190 "))
                .noneMatch(t -> t.contains("\u2192"));

        robot.clickOn("#numbers-tab-attribution");
        // The bars lie down: the credit runs along the x axis, the channels down the y axis.
        BarChart<Number, String> chart = robot.lookup("#numbers-attribution-chart").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(5);
        javafx.scene.control.ScrollPane chartPane = robot.lookup("#numbers-attribution-chart-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) chartPane.getParent().getParent();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(chartPane.getHeight()).as("the chart's share of the split").isGreaterThan(0.4 * split.getHeight());
        for (XYChart.Series<Number, String> model : chart.getData()) {
            assertThat(model.getData().stream().filter(d -> d.getXValue().doubleValue() > 0).count())
                    .as("channels credited by %s", model.getName()).isGreaterThanOrEqualTo(1);
        }
        long channels = chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).distinct().count();
        assertThat(channels).as("channels in the chart").isGreaterThanOrEqualTo(3);

        robot.clickOn("#numbers-tab-insights");
        VBox sections = robot.lookup("#numbers-insights").queryAs(VBox.class);
        List<Node> children = List.copyOf(sections.getChildren());
        int heading = -1;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Label l && l.getText().equals(Messages.get("report.section.nps"))) {
                heading = i;
            }
        }
        assertThat(heading).as("an NPS section").isNotNegative();
        assertThat(children.get(heading + 1)).as("NPS is a table, not an empty note").isInstanceOf(TableView.class);
        assertThat(((TableView<?>) children.get(heading + 1)).getItems()).hasSizeGreaterThanOrEqualTo(3);
    }
}
