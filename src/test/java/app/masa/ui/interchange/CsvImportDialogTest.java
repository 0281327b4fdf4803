package app.masa.ui.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Nps;
import app.masa.model.Stage;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** A CSV goes through the mapping and preview dialog into the current map, as one undo step. */
@ExtendWith(ApplicationExtension.class)
class CsvImportDialogTest {
    @TempDir
    Path folder;
    private DocumentSession session;
    private javafx.stage.Stage owner;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        owner = stage;
        session = new DocumentSession(ShellFixtures.document(), null);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner && w instanceof javafx.stage.Stage).forEach(w -> ((javafx.stage.Stage) w).close()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void mapsAColumnByHandReportsUnknownStagesThenImportsAndUndoes(FxRobot robot) throws Exception {
        Path csv = folder.resolve("cards.csv");
        Files.write(csv, "\uFEFFשלב;Heading;ציון\r\nAwareness;Flyer;1\r\nLoyalty;Punch card;2\r\n"
                .getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> new InterchangeActions(session).importCsv(owner, csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#csv-import-dialog").tryQuery().isPresent());
        Button ok = robot.lookup("#csv-import-ok").queryAs(Button.class);

        // "Heading" names no field: nothing fills the title yet
        assertThat(ok.isDisabled()).isTrue();
        ComboBox<Integer> title = robot.lookup("#csv-column-title").queryAs(ComboBox.class);
        robot.clickOn(title);
        robot.clickOn(Messages.get("interchange.csv.column", 2, "Heading"));
        assertThat(title.getValue()).isEqualTo(1);
        assertThat(ok.isDisabled()).isFalse();

        robot.clickOn("#csv-policy-report");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#csv-import-problems").queryAs(ListView.class).getItems())
                .containsExactly("Line 3: The map has no stage “Loyalty” (lines 3).");

        robot.clickOn("#csv-policy-create");
        robot.clickOn(ok);

        assertThat(session.currentMap().stages()).extracting(Stage::name).containsExactly("Awareness", "Purchase", "Loyalty");
        assertThat(session.currentMap().cards()).extracting(Card::title)
                .containsExactly("Sponsored post", "Checkout", "Flyer", "Punch card");
        assertThat(session.undoLabelProperty().get()).isEqualTo("Import 2 cards from CSV");

        robot.interact(session::undo);
        assertThat(session.currentMap()).isEqualTo(ShellFixtures.document().maps().get(0));
    }

    @Test
    void aWorkbookBringsItsConversionPathsAndStageNpsInTheSameUndoStep(FxRobot robot) throws Exception {
        Path workbook = workbook(List.of("Awareness", "5", "2", "1"));
        robot.interact(() -> new InterchangeActions(session).importCsv(owner, workbook));
        awaitShowing(robot, "#csv-import-ok");

        robot.clickOn("#csv-import-ok");

        assertThat(session.currentMap().stages().get(0).nps()).isEqualTo(Nps.of(5, 2, 1));
        assertThat(session.currentMap().conversionPaths()).singleElement()
                .satisfies(path -> assertThat(path.conversions()).isEqualTo(4));
        robot.interact(session::undo);
        assertThat(session.currentMap()).isEqualTo(ShellFixtures.document().maps().get(0));
    }

    @Test
    void aBadStageNpsRowIsNamedAndNothingIsImported(FxRobot robot) throws Exception {
        Path workbook = workbook(List.of("Nowhere", "5", "2", "1"));
        robot.interact(() -> new InterchangeActions(session).importCsv(owner, workbook));
        awaitShowing(robot, "#csv-import-ok");

        robot.clickOn("#csv-import-ok");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l
                        && l.getText().equals("Sheet “Stage NPS”, row 2: “Nowhere” is not a stage of this map.")));
        assertThat(session.currentMap()).isEqualTo(ShellFixtures.document().maps().get(0));
    }

    private static void awaitShowing(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    /** A workbook with a touchpoint card, a path through it and one Stage NPS row. */
    private Path workbook(List<String> npsRow) throws Exception {
        Path file = folder.resolve("plan.xlsx");
        try (var out = Files.newOutputStream(file); var book = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            rows(book.newWorksheet("Cards"), List.of(List.of("stage", "lane", "title", "type"),
                    List.of("Awareness", "Touchpoints", "Flyer", "touchpoint")));
            rows(book.newWorksheet("Conversion paths"), List.of(List.of("path", "conversions"),
                    List.of("Flyer > Checkout", "4")));
            rows(book.newWorksheet("Stage NPS"), List.of(List.of("stage", "promoters", "passives", "detractors"), npsRow));
        }
        return file;
    }

    private static void rows(org.dhatim.fastexcel.Worksheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
    }

    @Test
    void aMermaidDiagramBecomesANewMapShownAtOnce(FxRobot robot) {
        robot.interact(() -> new InterchangeActions(session).importMermaid(owner));
        robot.clickOn("#mermaid-import-text");
        robot.interact(() -> robot.lookup("#mermaid-import-text").queryAs(javafx.scene.control.TextArea.class)
                .setText("journey\n  title Day\n  section Morning\n    Tea: seven\n"));
        robot.clickOn("#mermaid-import-ok");
        assertThat(robot.lookup("#mermaid-import-problem").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Line 4: The score “seven” is not a number (a task’s score is a number from 1 to 5).");
        assertThat(session.document().maps()).hasSize(2);

        robot.interact(() -> robot.lookup("#mermaid-import-text").queryAs(javafx.scene.control.TextArea.class)
                .setText("journey\n  title Day\n  section Morning\n    Tea: 5: Me\n"));
        robot.clickOn("#mermaid-import-ok");

        assertThat(session.document().maps()).hasSize(3);
        assertThat(session.currentMap().title()).isEqualTo("Day");
        assertThat(session.currentMap().cards()).extracting(Card::score).containsExactly(2);
        robot.interact(session::undo);
        assertThat(session.document().maps()).hasSize(2);
    }

    @Test
    void aDiagramReadWithChangesSaysSoAndIsImportedOnTheSecondPress(FxRobot robot) {
        robot.interact(() -> new InterchangeActions(session).importMermaid(owner));
        robot.interact(() -> robot.lookup("#mermaid-import-text").queryAs(javafx.scene.control.TextArea.class)
                .setText("---\ntitle: Day\nconfig:\n  theme: dark\n---\njourney\n  section Morning\n    Tea: 9: Me\n"));
        robot.clickOn("#mermaid-import-ok");

        assertThat(robot.lookup("#mermaid-import-problem").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo(Messages.get("interchange.mermaid.dialog.notes") + "\n"
                        + "Line 1: The setting “config” at the top of the diagram was not imported: the map keeps its own look.\n"
                        + "Line 8: The score “9” of “Tea” is not a whole number from 1 to 5; it was read as 5.");
        assertThat(session.document().maps()).as("nothing imported yet").hasSize(2);

        robot.clickOn("#mermaid-import-ok");
        assertThat(session.document().maps()).hasSize(3);
        assertThat(session.currentMap().title()).isEqualTo("Day");
        assertThat(session.currentMap().cards()).extracting(Card::score).containsExactly(2);
        assertThat(session.currentMap().cards()).extracting(c -> c.touchpoint().actors()).containsExactly(List.of("Me"));
        robot.interact(session::undo);
        assertThat(session.document().maps()).hasSize(2);
    }

    @Test
    void exportWritesTheCurrentMapOffTheUiThread(FxRobot robot) throws Exception {
        Path target = folder.resolve("out.mmd");
        robot.interact(() -> new InterchangeActions(session).exportTo(owner, session.currentMap(), target));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(Files.readString(target)).startsWith("journey\n    title Shop visit\n");
    }
}
