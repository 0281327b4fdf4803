package app.masa.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.layout.CardBox;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.MapSummary;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.layout.TextLine;
import app.masa.layout.TextRecorder;
import app.masa.layout.VoteDots;
import app.masa.model.DotVote;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenting a real template, the organic grocer's seven lanes: each stage shows whole and as large
 * as the screen allows, focus mode dims in whole pieces, and the vote's dots are big enough to see.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorPresentationTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        session = new DocumentSession(grocer("en"), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
        });
        ShellFixtures.dispose(node);
    }

    private static JourneyFile grocer(String language) throws Exception {
        return TemplateCatalog.builtIn().create("organic-grocer", language);
    }

    private PresentationView present(FxRobot robot) {
        robot.clickOn(window.canvas().node());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        return Workshop.of(session, window.canvas().node()).presentation();
    }

    private static void press(FxRobot robot, PresentationView view, KeyCode key) {
        robot.type(key);
        robot.interact(view::finishZoom);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "he"})
    void eachStageShowsWholeEveryLaneAndAsLargeAsTheScreenAllows(String language, FxRobot robot) throws Exception {
        JourneyFile map = grocer(language);
        robot.interact(() -> session.replace(map, null));
        PresentationView view = present(robot);
        double width = view.stage().getScene().getWidth();
        double height = view.stage().getScene().getHeight();

        for (int i = 0; i < view.layout().stages().size(); i++) {
            press(robot, view, language.equals("he") ? KeyCode.LEFT : KeyCode.RIGHT);
            assertThat(view.currentStage()).isEqualTo(i);
            StageBox stage = view.layout().stages().get(i);
            Rect shown = view.camera().visible(width, height);
            assertThat(contains(shown, stage.header())).as("stage %d's header", i).isTrue();
            for (LaneBox lane : view.layout().lanes()) {
                Rect cell = new Rect(stage.column().x(), lane.band().y(), stage.column().width(), lane.band().height());
                assertThat(contains(shown, cell)).as("stage %d, lane %s", i, lane.laneId()).isTrue();
            }
            Rect area = PresentationView.stageArea(stage);
            double onScreenW = area.width() * view.camera().scale();
            double onScreenH = area.height() * view.camera().scale();
            assertThat(Math.max(onScreenW / width, onScreenH / height)).as("as large as fits").isGreaterThan(0.85);
        }
    }

    @Test
    void focusModeDimsWholePiecesAndCutsNoTextInHalf(FxRobot robot) {
        PresentationView view = present(robot);
        for (int i = 0; i < view.layout().stages().size(); i++) {
            press(robot, view, KeyCode.RIGHT);
            if (i == 0) {
                press(robot, view, KeyCode.F);
            }
            assertThat(view.focused()).isTrue();
            MapLayout shown = view.shownLayout();
            StageBox stage = shown.stages().get(i);
            Rect visible = view.camera().visible(view.stage().getScene().getWidth(), view.stage().getScene().getHeight());
            FocusVeil veil = FocusVeil.around(shown, stage, visible);

            List<TextLine> overVeil = new ArrayList<>();
            veil.lit().forEach(c -> overVeil.add(c.label()));
            for (TextLine line : textOf(shown)) {
                if (overVeil.contains(line)) {
                    continue;
                }
                double size = shown.style().typography().size(line.role());
                Rect box = new Rect(line.x(), line.baseline() - size * 0.75, line.width(), size);
                assertThat(veiled(box, veil)).as("'%s' at stage %d: all dim or all lit", line.text(), i)
                        .satisfiesAnyOf(f -> assertThat(f).isLessThan(0.001), f -> assertThat(f).isGreaterThan(0.999));
            }
            for (CardBox card : shown.cards()) {
                assertThat(veiled(card.bounds(), veil)).as("card %s at stage %d", card.cardId(), i)
                        .satisfiesAnyOf(f -> assertThat(f).isLessThan(0.001), f -> assertThat(f).isGreaterThan(0.999));
            }
            for (CardBox card : shown.cards()) {
                boolean inStage = card.stageId().equals(stage.stageId());
                assertThat(veiled(card.bounds(), veil) < 0.5).as("card %s lit only in its stage", card.cardId())
                        .isEqualTo(inStage);
            }
        }
    }

    /** The share of a rectangle under the veil (whose rectangles do not overlap). */
    private static double veiled(Rect r, FocusVeil veil) {
        double covered = 0;
        for (Rect v : veil.veil()) {
            double w = Math.min(r.maxX(), v.maxX()) - Math.max(r.x(), v.x());
            double h = Math.min(r.maxY(), v.maxY()) - Math.max(r.y(), v.y());
            covered += Math.max(0, w) * Math.max(0, h);
        }
        return covered / (r.width() * r.height());
    }

    @Test
    void voteDotsAreAtLeastEighteenPixelsAcrossWhereTheLayoutPutsThem(FxRobot robot) {
        JourneyMap map = session.currentMap();
        DotVote vote = DotVote.start(5, 4, Set.of()).withDotsChanged("c-real-photos", 2).withDotsChanged("c-live-chat", 7);
        robot.interact(() -> session.replace(JourneyFile.of(map.withVote(vote)), null));
        PresentationView view = present(robot);
        press(robot, view, KeyCode.RIGHT);
        press(robot, view, KeyCode.RIGHT);

        MapLayout layout = view.layout();
        double scale = view.camera().scale();
        for (String cardId : List.of("c-real-photos", "c-live-chat")) {
            CardBox card = layout.card(cardId).orElseThrow();
            VoteDots own = card.marks().votes();
            VoteDots seen = DotMarks.onCard(card, layout, scale, false);
            assertThat(2 * seen.radius() * scale).as("dot diameter on screen").isGreaterThanOrEqualTo(18);
            for (Point dot : seen.dots()) {
                assertThat(card.bounds().contains(dot.x(), dot.y())).as("on the card").isTrue();
                assertThat(Math.abs(dot.y() - own.dots().get(0).y())).as("on the row the layout placed")
                        .isLessThanOrEqualTo(seen.radius());
            }
        }
        CardBox two = layout.card("c-real-photos").orElseThrow();
        assertThat(DotMarks.onCard(two, layout, scale, false).dots()).as("two dots").hasSize(2);
        CardBox seven = layout.card("c-live-chat").orElseThrow();
        VoteDots many = DotMarks.onCard(seven, layout, scale, false);
        assertThat(many.dots()).as("one dot for many").hasSize(1);
        assertThat(many.label().text()).isEqualTo("7");
    }

    private static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() - 0.5 && inner.maxX() <= outer.maxX() + 0.5 && inner.y() >= outer.y() - 0.5
                && inner.maxY() <= outer.maxY() + 0.5;
    }

    /** Every line of text a layout paints. */
    private static List<TextLine> textOf(MapLayout layout) {
        TextRecorder lines = new TextRecorder();
        app.masa.layout.MapPainter.paint(layout, lines);
        return lines.lines();
    }
}
