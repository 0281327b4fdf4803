package app.masa.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.ConversionPath;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Conversion paths and the insights report: figures at the end of their cells, sorted by value; long text readable. */
@ExtendWith(ApplicationExtension.class)
class FiguresInTablesTest {
    private Stage owner;
    private Stage window;

    @Start
    void start(Stage stage) {
        owner = stage;
        NumbersWindowFixture.dressAsDesigner(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        NumbersWindowFixture.closeAllBut(robot, owner);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pathsSortByTheirConversionsAsNumbersShownAtTheEndOfTheCell(FxRobot robot) throws Exception {
        open(robot);
        TableView<ConversionPath> paths = robot.lookup("#numbers-paths").queryAs(TableView.class);
        TableColumn<?, ?> conversions = paths.getVisibleLeafColumns().get(1);
        assertAtTheEndOfTheirCells(paths, conversions);
        assertAtTheEndOfTheirCells(paths, paths.getVisibleLeafColumns().get(2));

        robot.clickOn(NumbersWindowFixture.header(paths, conversions));

        // 9, 15, 22, 37, 41, 1234: alphabetically 1,234 would come first and 9 last
        assertThat(paths.getItems()).extracting(ConversionPath::conversions).containsExactly(9L, 15L, 22L, 37L, 41L, 1234L);
    }

    @Test
    void theReportsFiguresSitAtTheEndOfTheirCells(FxRobot robot) throws Exception {
        open(robot);
        NumbersWindowFixture.showTab(robot, "#numbers-tab-insights");
        TableView<?> gaps = tableWithColumn("Gap");
        assertAtTheEndOfTheirCells(gaps, column(gaps, "Gap"));
        TableView<?> questions = tableWithColumn("Open");
        assertAtTheEndOfTheirCells(questions, column(questions, "Open"));
    }

    @Test
    void aTextCutShortShowsWhole(FxRobot robot) throws Exception {
        open(robot);
        NumbersWindowFixture.showTab(robot, "#numbers-tab-insights");
        TableView<?> questions = tableWithColumn("Questions");
        TableCell<?, ?> cut = null;
        for (Node node : questions.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == column(questions, "Questions")
                    && !cell.isEmpty() && cell.isVisible() && !shown(cell).equals(cell.getText())) {
                cut = cell;
                break;
            }
        }
        assertThat(cut).as("a list of open questions too long for its column").isNotNull();
        TableCell<?, ?> hovered = cut;
        robot.interact(() -> scrollIntoView(hovered));
        robot.moveTo(cut);
        Tooltip tip = NumbersWindowFixture.showingTooltip();
        assertThat(tip.getText()).isEqualTo(cut.getText()).isNotEqualTo(shown(cut));
    }

    private void open(FxRobot robot) throws Exception {
        DocumentSession session = NumbersWindowFixture.grocer("en");
        window = NumbersWindowFixture.open(robot, owner, session, Locale.ENGLISH);
    }

    private TableView<?> tableWithColumn(String header) {
        for (TableView<?> table : NumbersWindowFixture.visibleTables(window)) {
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                if (column.getText().equals(header)) {
                    return table;
                }
            }
        }
        throw new AssertionError("no table with a column " + header);
    }

    private static TableColumn<?, ?> column(TableView<?> table, String header) {
        return table.getVisibleLeafColumns().stream().filter(c -> c.getText().equals(header)).findFirst().orElseThrow();
    }

    /** Scrolls the report so the node shows, as a user would before pointing at it. */
    private static void scrollIntoView(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (top - 40) / room)));
                scroll.layout();
                return;
            }
        }
    }

    private static String shown(TableCell<?, ?> cell) {
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return "";
    }

    private static void assertAtTheEndOfTheirCells(TableView<?> table, TableColumn<?, ?> column) {
        List<Text> figures = new ArrayList<>(NumbersWindowFixture.shownTexts(table, column));
        figures.removeIf(text -> text.getText().isBlank());
        assertThat(figures).as(column.getText()).isNotEmpty();
        for (Text figure : figures) {
            Bounds text = figure.localToScene(figure.getBoundsInLocal());
            Node cell = figure.getParent();
            Bounds box = cell.localToScene(cell.getBoundsInLocal());
            assertThat(box.getMaxX() - text.getMaxX()).as(column.getText() + ": " + figure.getText() + " at the end of its cell")
                    .isLessThan(16);
        }
    }
}
