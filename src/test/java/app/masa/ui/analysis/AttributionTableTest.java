package app.masa.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import app.masa.analysis.AttributionModel;
import app.masa.i18n.Messages;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The attribution tab: figures that line up, headers that explain their model, sorting, a chart to read. */
@ExtendWith(ApplicationExtension.class)
class AttributionTableTest {
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
    void everyModelsHeaderExplainsItInTheInterfacesLanguage(String language, FxRobot robot) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        TableView<?> table = attribution(robot, language);
        for (AttributionModel model : AttributionModel.values()) {
            TableColumn<?, ?> column = table.getVisibleLeafColumns().get(model.ordinal() + 1);
            robot.moveTo(NumbersWindowFixture.header(table, column));
            Tooltip tip = NumbersWindowFixture.showingTooltip();
            assertThat(tip.getText()).as(column.getText())
                    .isEqualTo(Messages.get(locale, "analysis.model." + modelKey(model) + ".explained", 2))
                    .endsWith(".");
            if (language.equals("he")) {
                assertThat(tip.getText()).as("a Hebrew sentence").containsPattern("[\u05D0-\u05EA]{3}");
            } else {
                assertThat(tip.getText()).as("an English sentence").containsPattern("[a-z]{3} [a-z]{3}");
            }
            robot.moveTo(NumbersWindowFixture.header(table, table.getVisibleLeafColumns().get(0)));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tip.isShowing());
        }
        // each model has its own sentence
        List<String> sentences = new ArrayList<>();
        for (AttributionModel model : AttributionModel.values()) {
            sentences.add(Messages.get(locale, "analysis.model." + modelKey(model) + ".explained", 2));
        }
        assertThat(sentences).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void figuresHaveOneDecimalAndLineUpAtTheEndOfTheirColumnDigitByDigit(String language, FxRobot robot) throws Exception {
        TableView<?> table = attribution(robot, language);
        boolean rightToLeft = language.equals("he");
        List<Text> all = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns().subList(1, 6)) {
            List<Text> figures = NumbersWindowFixture.shownTexts(table, column);
            assertThat(figures).as(column.getText()).hasSizeGreaterThan(3);
            double end = Double.NaN;
            for (Text figure : figures) {
                assertThat(figure.getText()).as(column.getText()).matches("\\d{1,3}(,\\d{3})*\\.\\d");
                Bounds text = figure.localToScene(figure.getBoundsInLocal());
                double at = rightToLeft ? text.getMinX() : text.getMaxX();
                if (Double.isNaN(end)) {
                    end = at;
                }
                assertThat(at).as(column.getText() + ": " + figure.getText() + " lines up with the others").isCloseTo(end,
                        offset(1.0));
                TableCell<?, ?> cell = (TableCell<?, ?>) figure.getParent();
                Bounds box = cell.localToScene(cell.getBoundsInLocal());
                double gap = rightToLeft ? text.getMinX() - box.getMinX() : box.getMaxX() - text.getMaxX();
                assertThat(gap).as(column.getText() + ": " + figure.getText() + " at the end of its cell").isLessThan(16);
            }
            all.addAll(figures);
        }
        // digits all of one width, so figures with as many characters are as wide and line up digit by digit
        for (Text one : all) {
            for (Text other : all) {
                if (one.getText().length() == other.getText().length()) {
                    assertThat(one.getLayoutBounds().getWidth()).as(one.getText() + " and " + other.getText())
                            .isCloseTo(other.getLayoutBounds().getWidth(), offset(0.5));
                }
            }
        }
    }

    @Test
    void sortingByAModelOrdersByValueAndKeepsTheTotalsLast(FxRobot robot) throws Exception {
        TableView<?> table = attribution(robot, "en");
        TableColumn<?, ?> linear = table.getVisibleLeafColumns().get(AttributionModel.LINEAR.ordinal() + 1);

        robot.clickOn(NumbersWindowFixture.header(table, linear));
        assertSortedBy(table, linear, true);
        robot.clickOn(NumbersWindowFixture.header(table, linear));
        assertSortedBy(table, linear, false);
    }

    private static void assertSortedBy(TableView<?> table, TableColumn<?, ?> column, boolean ascending) {
        TableColumn<?, ?> names = table.getVisibleLeafColumns().get(0);
        int rows = table.getItems().size();
        assertThat(String.valueOf(names.getCellData(rows - 1))).as("the totals row is last")
                .isEqualTo(Messages.get("report.total"));
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rows - 1; i++) {
            values.add(Double.parseDouble(String.valueOf(column.getCellData(i)).replace(",", "")));
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(ascending ? Double::compare : (a, b) -> Double.compare(b, a));
        assertThat(values).as("by value, not alphabetically").hasSizeGreaterThan(5).isEqualTo(sorted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void theChartWritesEveryNameLevelBesideItsBars(String language, FxRobot robot) throws Exception {
        attribution(robot, language);
        robot.clickOn("#numbers-by-touchpoint");
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<?, ?> chart = robot.lookup("#numbers-attribution-chart").queryAs(BarChart.class);
        assertThat(chart.getYAxis()).as("names on the side, bars lying down").isInstanceOf(CategoryAxis.class);
        CategoryAxis names = (CategoryAxis) chart.getYAxis();
        assertThat(names.getCategories()).hasSizeGreaterThan(10);
        assertThat(names.getTickLabelRotation()).as("names written level").isZero();
        assertThat(names.getCategorySpacing()).as("room for five bars a name").isGreaterThanOrEqualTo(30);
        for (Node label : names.getChildrenUnmodifiable()) {
            if (label instanceof Text name && name.isVisible()) {
                assertThat(name.getRotate()).as(name.getText()).isZero();
            }
        }
    }

    private TableView<?> attribution(FxRobot robot, String language) throws Exception {
        DocumentSession session = NumbersWindowFixture.grocer(language);
        NumbersWindowFixture.open(robot, owner, session, Locale.forLanguageTag(language));
        NumbersWindowFixture.showTab(robot, "#numbers-tab-attribution");
        return robot.lookup("#numbers-attribution").queryAs(TableView.class);
    }

    private static String modelKey(AttributionModel model) {
        return model.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
