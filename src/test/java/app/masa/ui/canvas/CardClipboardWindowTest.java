package app.masa.ui.canvas;

import static app.masa.ui.canvas.CanvasFixture.cardBounds;
import static app.masa.ui.canvas.CanvasFixture.cellBounds;
import static app.masa.ui.canvas.CanvasFixture.map;
import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.Channel;
import app.masa.model.Direction;
import app.masa.model.Extras;
import app.masa.model.Facing;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import app.masa.model.Presence;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cut, copy and paste with the keyboard in the real window keep every field of a card. */
@ExtendWith(ApplicationExtension.class)
class CardClipboardWindowTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MapCanvas canvas;
    private Card filledIn;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        JourneyMap fixture = CanvasFixture.document(Direction.LTR).maps().get(0);
        filledIn = filledIn(fixture.card("c-ad").orElseThrow());
        JourneyMap map = fixture.withCards(fixture.cards().stream()
                .map(c -> c.id().equals(filledIn.id()) ? filledIn : c).toList());
        session = new DocumentSession(JourneyFile.of(map), null);
        MainWindow window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        canvas = (MapCanvas) window.scene().lookup(".map-canvas");
    }

    /** A touchpoint with the guided form filled in, figures, and fields only a newer Masa knows. */
    private static Card filledIn(Card card) {
        TouchpointDetails details = new TouchpointDetails(1, Presence.ONLINE, Facing.AD, "Marketing",
                Map.of(TouchpointQuestion.EXPECTATION, "A fair price", TouchpointQuestion.EXCEED, "A coupon"),
                Extras.of(Map.of("mood-board", "pinned")), Extras.of(Map.of("priority", 2L)));
        Metrics figures = new Metrics(12_000L, 340L, 4.2, 150.5, MetricSource.SITE_ANALYTICS, LocalDate.of(2026, 2, 1),
                Extras.of(Map.of("ctr-target", "3%")));
        Card c = card.withBody("Instagram, week 12").withChannel(Channel.SOCIAL).withTags(List.of("spring"))
                .withColor("#336699");
        return new Card(c.id(), c.stageId(), c.laneId(), c.order(), c.title(), c.body(), c.type(), c.channel(),
                c.score(), c.tags(), c.color(), details, figures, Extras.of(Map.of("research", Map.of("interviews", 4L))));
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s != stage).forEach(w -> ((Stage) w).close()));
        ShellFixtures.dispose(node);
    }

    @Test
    void cutThenPasteKeepsTheAnswersFiguresAndUnknownFields(FxRobot robot) {
        click(robot, canvas, cardBounds(canvas, "c-ad"));
        robot.push(KeyCode.SHORTCUT, KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map(session).card("c-ad")).isEmpty();

        click(robot, canvas, cellBounds(canvas, "s-buy", "l-act"));
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map(session).cardsIn("s-buy", "l-act")).singleElement()
                .satisfies(pasted -> assertThat(pasted.withId("c-ad").withPlace("s-aware", "l-touch", 0))
                        .isEqualTo(filledIn));
    }

    @Test
    void aCardCopiedInOneWindowPastesWholeIntoAnother(FxRobot robot) throws Exception {
        DocumentSession other = new DocumentSession(ShellFixtures.document(), null);
        MapCanvas otherCanvas = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(new Stage(), other, new ShellPreferences(node), ShellFixtures.sources());
            window.show();
            return (MapCanvas) window.scene().lookup(".map-canvas");
        }).get(10, TimeUnit.SECONDS);
        robot.interact(() -> stage.toFront());
        click(robot, canvas, cardBounds(canvas, "c-ad"));
        robot.push(KeyCode.SHORTCUT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> ((Stage) otherCanvas.getScene().getWindow()).toFront());
        click(robot, otherCanvas, cellBounds(otherCanvas, "s2", "l1"));
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap target = other.document().map("map-a").orElseThrow();
        assertThat(target.cardsIn("s2", "l1")).hasSize(2).last()
                .satisfies(pasted -> assertThat(pasted.withId("c-ad").withPlace("s-aware", "l-touch", 0))
                        .isEqualTo(filledIn));
        assertThat(map(session).card("c-ad")).contains(filledIn);
    }

    @Test
    void duplicatingACardKeepsEveryField(FxRobot robot) {
        Rect card = cardBounds(canvas, "c-ad");
        Point2D screen = canvas.screenPointOf(card.centerX(), card.centerY());
        // The menu as a right click or the context-menu key asks for it.
        robot.interact(() -> {
            Point2D scene = canvas.getScene().getRoot().screenToLocal(screen);
            canvas.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
        robot.clickOn(Messages.get("canvas.menu.duplicate"));
        WaitForAsyncUtils.waitForFxEvents();

        List<Card> cell = map(session).cardsIn("s-aware", "l-touch");
        assertThat(cell).hasSize(4).last()
                .satisfies(copy -> assertThat(copy.withId("c-ad").withOrder(0)).isEqualTo(filledIn));
    }

    @Test
    void cardsAnEarlierVersionCopiedStillPaste(FxRobot robot) {
        DataFormat earlier = CardClipboard.legacyFormat();
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                earlier, "[{\"title\":\"Courier is late\",\"type\":\"pain-point\",\"score\":-1}]",
                DataFormat.PLAIN_TEXT, "Courier is late")));

        click(robot, canvas, cellBounds(canvas, "s-buy", "l-act"));
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map(session).cardsIn("s-buy", "l-act")).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Courier is late");
            assertThat(c.type()).hasToString("PAIN_POINT");
            assertThat(c.score()).isEqualTo(-1);
        });
    }

    @Test
    void cardsFromANewerVersionAreRefusedWithASentenceAndTheMapStaysAsItWas(FxRobot robot) {
        JourneyFile before = session.document();
        String newer = "{\"format\":\"masa-journey\",\"version\":99,\"maps\":[]}";
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(
                CardClipboard.journeyFormat(), newer, DataFormat.PLAIN_TEXT, "Sponsored post")));

        click(robot, canvas, cellBounds(canvas, "s-buy", "l-act"));
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(Messages.get("canvas.paste.failed")).tryQuery()).isPresent();
        assertThat(robot.lookup(Messages.get("validate.version.newer", 99, 1)).tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.document()).isSameAs(before);
    }

    private static void click(FxRobot robot, MapCanvas on, Rect r) {
        robot.clickOn(on.screenPointOf(r.centerX(), r.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
