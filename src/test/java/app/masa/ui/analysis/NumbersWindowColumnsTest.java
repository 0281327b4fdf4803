package app.masa.ui.analysis;

import static app.masa.ui.analysis.NumbersWindowFixture.header;
import static app.masa.ui.analysis.NumbersWindowFixture.headerLabel;
import static app.masa.ui.analysis.NumbersWindowFixture.shownText;
import static app.masa.ui.analysis.NumbersWindowFixture.textWidth;
import static app.masa.ui.analysis.NumbersWindowFixture.visibleTables;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.ui.session.DocumentSession;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At the window's default size every column of every table shows its whole header. */
@ExtendWith(ApplicationExtension.class)
class NumbersWindowColumnsTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        NumbersWindowFixture.dressAsDesigner(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        NumbersWindowFixture.closeAllBut(robot, owner);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void everyHeaderIsWholeOnEveryTab(String language, FxRobot robot) throws Exception {
        DocumentSession session = NumbersWindowFixture.grocer(language);
        Stage window = NumbersWindowFixture.open(robot, owner, session, Locale.forLanguageTag(language));
        SoftAssertions softly = new SoftAssertions();

        NumbersWindowFixture.showTab(robot, "#numbers-tab-paths");
        checkHeaders(softly, "paths", visibleTables(window));

        NumbersWindowFixture.showTab(robot, "#numbers-tab-attribution");
        checkHeaders(softly, "per channel", visibleTables(window));
        robot.clickOn("#numbers-by-touchpoint");
        checkHeaders(softly, "per touchpoint", visibleTables(window));
        robot.clickOn("#numbers-by-channel");
        checkHeaders(softly, "per channel again", visibleTables(window));

        NumbersWindowFixture.showTab(robot, "#numbers-tab-insights");
        List<TableView<?>> insights = visibleTables(window);
        assertThat(insights).as("the insights report's tables").hasSizeGreaterThan(5);
        checkHeaders(softly, "insights", insights);
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void theWindowStopsNarrowingBeforeAButtonIsCut(String language, FxRobot robot) throws Exception {
        DocumentSession session = NumbersWindowFixture.grocer(language);
        Stage window = NumbersWindowFixture.open(robot, owner, session, Locale.forLanguageTag(language));
        // the paths tab's row of buttons, with the half-life's label and field at its end
        Region buttons = (Region) robot.lookup("#numbers-path-add").queryAs(Region.class).getParent();
        double whole = buttons.prefWidth(-1);
        assertThat(window.getMinWidth()).as("the window's least width against its row of buttons")
                .isGreaterThanOrEqualTo(whole);
        assertThat(window.getMinWidth()).as("and less than its default width").isLessThan(window.getWidth());
    }

    private static void checkHeaders(SoftAssertions softly, String where, List<TableView<?>> tables) {
        assertThat(tables).as("tables on " + where).isNotEmpty();
        for (TableView<?> table : tables) {
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                String name = where + " / " + column.getText();
                TableColumnHeader header = header(table, column);
                Label label = headerLabel(header);
                softly.assertThat(column.getWidth()).as(name + ": column width").isGreaterThan(0);
                softly.assertThat(shownText(label)).as(name + ": the header's text as shown").isEqualTo(column.getText());
                softly.assertThat(label.getWidth()).as(name + ": header label width against its preferred width")
                        .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
                softly.assertThat(column.getWidth()).as(name + ": column width against its header's text")
                        .isGreaterThanOrEqualTo(textWidth(label, column.getText()));
            }
        }
    }
}
