package app.masa.ui.compare;

import static app.masa.ui.DesignerWindowFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.analysis.diff.MapDiff;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFiles;
import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.VersionMark;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.JourneyFile;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
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
 * Comparing the map in the designer with another version of it: drawn on the canvas, listed in
 * the Compare window, taken change by change (each one undo step) or all at once.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    @TempDir
    Path folder;

    private DesignerWindowFixture fixture;
    private DocumentSession session;
    private MainWindow window;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        fixture = DesignerWindowFixture.show(stage);
        session = fixture.session();
        window = fixture.window();
        canvas = (MapCanvas) window.canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    /**
     * Ours: map-a with c1 (Sponsored post) and c5 (Flyer) in Awareness, c2 (Checkout) and c6
     * (Receipt) in Purchase. Theirs: c1 renamed, c2 moved to Awareness, c5 gone, c3 (Coupon) new in
     * Purchase, c6 as it was.
     */
    private static JourneyFile ours() {
        JourneyMap map = ShellFixtures.map("map-a", "Shop visit");
        List<Card> cards = new ArrayList<>(map.cards());
        cards.add(Card.of("c5", "s1", "l1", 1, CardType.TOUCHPOINT, "Flyer"));
        cards.add(Card.of("c6", "s2", "l1", 1, CardType.TOUCHPOINT, "Receipt"));
        return JourneyFile.of(map.withCards(cards), ShellFixtures.map("map-b", "Delivery"));
    }

    private static JourneyMap theirs(JourneyMap ours) {
        List<Card> cards = new ArrayList<>();
        for (Card card : ours.cards()) {
            switch (card.id()) {
                case "c1" -> cards.add(card.withTitle("Sponsored video"));
                case "c2" -> cards.add(card.withPlace("s1", "l1", 1));
                case "c5" -> { }
                case "c6" -> cards.add(card.withOrder(0));
                default -> cards.add(card);
            }
        }
        cards.add(Card.of("c3", "s2", "l1", 1, CardType.TOUCHPOINT, "Coupon"));
        return ours.withCards(cards);
    }

    private JourneyMap openOursAndCompare(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().replace(ours(), null));
        JourneyMap other = theirs(session.currentMap());
        Path file = folder.resolve("theirs.journey.json");
        JourneyFiles.save(file, JourneyFile.of(other));
        robot.interact(() -> window.files().compareWith(file, "theirs.journey.json"));
        await(() -> compareStage().isPresent());
        return other;
    }

    @Test
    void theOtherVersionsChangesAreDrawnWhereTheLayoutPutsThem(FxRobot robot) throws Exception {
        openOursAndCompare(robot);

        MapLayout layout = canvas.currentLayout();
        List<VersionMark> marks = canvas.versionMarks();
        assertThat(mark(marks, "c1", VersionMark.Kind.CHANGED).bounds()).isEqualTo(box(layout, "c1"));
        assertThat(mark(marks, "c5", VersionMark.Kind.REMOVED).bounds()).isEqualTo(box(layout, "c5"));
        assertThat(mark(marks, "c2", VersionMark.Kind.CHANGED).bounds()).isEqualTo(box(layout, "c2"));
        Rect movedTo = mark(marks, "c2", VersionMark.Kind.MOVED_TO).bounds();
        assertThat(movedTo.x()).isGreaterThanOrEqualTo(cell(layout, "s1").x());
        assertThat(movedTo.maxX()).isLessThanOrEqualTo(cell(layout, "s1").maxX());
        assertThat(movedTo.y()).isGreaterThan(box(layout, "c5").maxY());
        Rect added = mark(marks, "c3", VersionMark.Kind.ADDED).bounds();
        assertThat(added.x()).isGreaterThanOrEqualTo(cell(layout, "s2").x());
        assertThat(added.maxX()).isLessThanOrEqualTo(cell(layout, "s2").maxX());
        assertThat(added.y()).isGreaterThan(box(layout, "c6").maxY());
        assertThat(marks).noneMatch(m -> m.id().equals("c6"));
        assertThat(rows(robot)).extracting(VersionRow::id).containsExactlyInAnyOrder("c1", "c2", "c3", "c5");
        assertThat(session.currentMap()).isEqualTo(ours().maps().get(0));
    }

    @Test
    void takingOneChangeIsOneUndoStepAndTheViewFollows(FxRobot robot) throws Exception {
        openOursAndCompare(robot);
        JourneyMap before = session.currentMap();

        robot.clickOn(takeButtonOf(robot, "c3"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.currentMap().card("c3")).isPresent();
        assertThat(session.currentMap().cardsIn("s2", "l1")).extracting(Card::id).containsExactly("c2", "c6", "c3");
        assertThat(rows(robot)).extracting(VersionRow::id).doesNotContain("c3");
        assertThat(canvas.versionMarks()).noneMatch(m -> m.id().equals("c3"));
        assertThat(session.undoLabelProperty().get()).isEqualTo("Take “Coupon” from the other version");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(session.currentMap()).isEqualTo(before);
        assertThat(rows(robot)).extracting(VersionRow::id).contains("c3");
        assertThat(canvas.versionMarks()).anyMatch(m -> m.id().equals("c3") && m.kind() == VersionMark.Kind.ADDED);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertThat(session.currentMap().card("c3")).isPresent();
        assertThat(rows(robot)).extracting(VersionRow::id).doesNotContain("c3");
    }

    @Test
    void takeAllMakesTheOtherVersionInOneUndoStep(FxRobot robot) throws Exception {
        JourneyMap other = openOursAndCompare(robot);
        JourneyFile before = session.document();

        robot.clickOn("#compare-take-all");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(MapDiff.between(session.currentMap(), other)).isEmpty();
        assertThat(rows(robot)).isEmpty();
        assertThat(canvas.versionMarks()).isEmpty();
        robot.interact(session::undo);
        assertThat(session.document()).isEqualTo(before);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void leavingAChangeHidesItsRowAndTheKeyboardWorksTheList(FxRobot robot) throws Exception {
        openOursAndCompare(robot);
        JourneyFile before = session.document();
        ListView<VersionRow> list = list();
        int c5 = rows(robot).stream().map(VersionRow::id).toList().indexOf("c5");

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(c5);
        });
        robot.type(KeyCode.DELETE);

        assertThat(rows(robot)).extracting(VersionRow::id).doesNotContain("c5").contains("c1", "c2", "c3");
        assertThat(session.document()).isSameAs(before);
        int c1 = rows(robot).stream().map(VersionRow::id).toList().indexOf("c1");
        robot.interact(() -> list.getSelectionModel().select(c1));
        assertThat(session.selection().cardIds()).containsExactly("c1");
        robot.type(KeyCode.ENTER);
        assertThat(session.currentMap().card("c1").orElseThrow().title()).isEqualTo("Sponsored video");
    }

    @Test
    void aDamagedFileSaysSoAndLeavesTheMapAlone(FxRobot robot) throws Exception {
        Path file = folder.resolve("broken.journey.json");
        Files.writeString(file, "{\"format\": 1, \"maps\": [ {");
        JourneyFile before = session.document();

        robot.interact(() -> window.files().compareWith(file, "broken.journey.json"));

        await(() -> Window.getWindows().size() > 1);
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo(Messages.get("compare.read.failed", "broken.journey.json"));
        assertThat(error.getContentText()).isNotBlank().doesNotContain("Exception");
        assertThat(session.document()).isSameAs(before);
        assertThat(canvas.comparedWithProperty().get()).isNull();
        assertThat(compareStage()).isEmpty();
    }

    @Test
    void theChangedOnDiskPromptOpensTheComparison(FxRobot robot) throws Exception {
        Path file = folder.resolve("shop.journey.json");
        JourneyFiles.save(file, ours());
        robot.interact(() -> window.files().open(file));
        await(() -> file.equals(session.fileProperty().get()) && !window.files().busyProperty().get());
        JourneyFile opened = session.document();
        JourneyFiles.save(file, JourneyFile.of(theirs(opened.maps().get(0)), opened.maps().get(1)));

        // What the window does when it regains focus; a headless stage keeps its focus throughout.
        robot.interact(() -> window.files().checkDisk());
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo(Messages.get("filewatch.changed.header", "shop.journey.json"));
        Button compare = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> Messages.get("filewatch.changed.compare").equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(compare);

        await(() -> compareStage().isPresent());
        assertThat(compareStage().orElseThrow().getTitle())
                .isEqualTo(Messages.get("compare.window.title", Messages.get("compare.source.disk")));
        assertThat(rows(robot)).extracting(VersionRow::id).containsExactlyInAnyOrder("c1", "c2", "c3", "c5");
        assertThat(session.document()).isSameAs(opened);
    }

    @Test
    void aFileWithoutThisMapAsksWhichOfItsMapsToCompareWith(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().replace(ours(), null));
        JourneyMap renamed = theirs(session.currentMap()).withId("map-z").withTitle("Shop visit, autumn");
        Path file = folder.resolve("autumn.journey.json");
        JourneyFiles.save(file, JourneyFile.of(renamed));

        robot.interact(() -> window.files().compareWith(file, "autumn.journey.json"));

        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText())
                .isEqualTo(Messages.get("compare.noSameMap.header", "autumn.journey.json", "Shop visit"));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow());
        await(() -> compareStage().isPresent());
        assertThat(rows(robot)).extracting(VersionRow::id).containsExactlyInAnyOrder("map-a", "c1", "c2", "c3", "c5");
    }

    @Test
    void aMergedMapsConflictsAreSettledInTheSameWindow(FxRobot robot) throws Exception {
        JourneyMap merged = ours().maps().get(0);
        Card c1 = merged.card("c1").orElseThrow();
        merged = merged.withConflicts(List.of(
                new MergeConflict(ConflictKind.CARD, "c1", List.of("title"), c1.withTitle("Sponsored reel")),
                new MergeConflict(ConflictKind.CARD, "c5", List.of("title"), null)));
        JourneyFile file = JourneyFile.of(merged);
        robot.interact(() -> window.files().replace(file, null));

        MenuItem resolve = menuItem("compare-conflicts-menu");
        assertThat(resolve.isDisable()).isFalse();
        robot.interact(resolve::fire);
        await(() -> compareStage().isPresent());

        assertThat(rows(robot)).extracting(VersionRow::id).containsExactly("c1", "c5");
        assertThat(rows(robot).get(0).text()).contains("Sponsored reel");
        robot.clickOn(takeButtonOf(robot, "c1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.currentMap().card("c1").orElseThrow().title()).isEqualTo("Sponsored reel");
        assertThat(rows(robot)).extracting(VersionRow::id).containsExactly("c5");

        robot.clickOn("#compare-leave-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.currentMap().standingConflicts()).isEmpty();
        assertThat(session.currentMap().card("c5")).isPresent();
        assertThat(rows(robot)).isEmpty();
        assertThat(resolve.isDisable()).isTrue();

        robot.interact(session::undo);
        robot.interact(session::undo);
        assertThat(session.document()).isEqualTo(file);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private Optional<Stage> compareStage() {
        return Comparison.of(session, canvas).window().filter(Stage::isShowing);
    }

    private ListView<VersionRow> list() {
        Node root = compareStage().orElseThrow().getScene().getRoot();
        @SuppressWarnings("unchecked")
        ListView<VersionRow> list = (ListView<VersionRow>) root.lookup("#compare-rows");
        return list;
    }

    private List<VersionRow> rows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(list().getItems());
    }

    private Button takeButtonOf(FxRobot robot, String id) {
        return robot.from(list()).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof VersionRow row && row.id().equals(id))
                .map(cell -> (Button) cell.lookup("#compare-take")).findFirst().orElseThrow();
    }

    private static VersionMark mark(List<VersionMark> marks, String id, VersionMark.Kind kind) {
        return marks.stream().filter(m -> m.id().equals(id) && m.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mark for " + id + " in " + marks));
    }

    private static Rect box(MapLayout layout, String cardId) {
        return layout.card(cardId).map(CardBox::bounds).orElseThrow();
    }

    private static Rect cell(MapLayout layout, String stageId) {
        return layout.cells().stream().filter(c -> c.stageId().equals(stageId) && c.laneId().equals("l1"))
                .map(CellBox::bounds).findFirst().orElseThrow();
    }
}
