package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.io.TemplateCatalog;
import app.masa.layout.CardBox;
import app.masa.layout.FontRole;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.StageBox;
import app.masa.layout.TextLine;
import app.masa.layout.TextRecorder;
import app.masa.layout.Theme;
import app.masa.layout.Typography;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.common.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designer on a 1280 × 720 projector in the projector theme, on the organic grocer's map: fit
 * to width shows at least three stages that can be read, and a map fitted whole still shows its
 * stage names and card titles as text of a readable size, not as grey bars.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorReadabilityTest {
    /** What a room can read on a projector: the size of the smallest text of a slide, roughly. */
    private static final double READABLE_PX = 7.5;

    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MainWindow window;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        new ShellPreferences(node).setTheme(ThemeChoice.PROJECTOR);
        session = new DocumentSession(TemplateCatalog.builtIn().create("organic-grocer", "en"), null);
        window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        canvas = (MapCanvas) window.canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s != stage) {
                    s.close();
                }
            }
            window.switchTheme(ThemeChoice.LIGHT);
        });
        ShellFixtures.dispose(node);
    }

    @Test
    void fitToWidthShowsAtLeastThreeWholeStagesWithReadableCardTitles(FxRobot robot) {
        assertThat(canvas.currentLayout().style().theme()).isEqualTo(Theme.PROJECTOR);
        robot.interact(canvas::fitToWidth);

        assertThat(wholeStagesInView()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cardTitlePx()).isGreaterThanOrEqualTo(MapCanvas.LEGIBLE_TITLE_PX);
        assertThat(wholeStagesInView().get(0)).as("from the reading start").isEqualTo(0);
    }

    @Test
    void fitToWidthReadsFromTheRightInAHebrewMap(FxRobot robot) throws Exception {
        app.masa.model.JourneyFile hebrew = hebrewGrocer();
        robot.interact(() -> session.replace(hebrew, null));
        robot.interact(canvas::fitToWidth);

        assertThat(wholeStagesInView()).hasSizeGreaterThanOrEqualTo(3).startsWith(0, 1, 2);
        assertThat(cardTitlePx()).isGreaterThanOrEqualTo(MapCanvas.LEGIBLE_TITLE_PX);
    }

    @Test
    void withTheSidePanelsHiddenFitToWidthShowsTheWholeJourneyReadably(FxRobot robot) {
        robot.interact(window::toggleSidePanels);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(canvas::fitToWidth);

        assertThat(wholeStagesInView()).hasSize(canvas.currentLayout().stages().size());
        assertThat(cardTitlePx()).isGreaterThanOrEqualTo(MapCanvas.LEGIBLE_TITLE_PX);
    }

    @Test
    void aMapFittedToTheWindowShowsEveryStageNameAndCardTitleAsReadableText(FxRobot robot) {
        robot.interact(canvas::fitToWindow);
        double zoom = canvas.zoomProperty().get();
        assertThat(zoom).as("the whole grocer map in the window is small").isLessThan(0.4);

        List<TextLine> drawn = textPaintedAt(zoom);
        Typography type = canvas.currentLayout().style().typography();
        MapLayout layout = canvas.currentLayout();
        for (StageBox s : layout.stages()) {
            assertThat(drawnInside(drawn, s.header())).as("stage %s", s.stageId()).isNotEmpty()
                    .allSatisfy(l -> assertThat(type.size(l.role()) * zoom).isGreaterThanOrEqualTo(READABLE_PX));
        }
        for (CardBox c : layout.cards()) {
            assertThat(drawnInside(drawn, c.bounds())).as("card %s", c.cardId()).isNotEmpty()
                    .allSatisfy(l -> assertThat(type.size(l.role()) * zoom).isGreaterThanOrEqualTo(READABLE_PX));
        }
    }

    @Test
    void atFortyPercentCardTitlesAreStillDrawnAsText(FxRobot robot) {
        robot.interact(() -> canvas.zoomAround(0.4, 0, 0));
        List<TextLine> drawn = textPaintedAt(canvas.zoomProperty().get());

        MapLayout layout = canvas.currentLayout();
        for (CardBox c : layout.cards()) {
            assertThat(drawn).as("card %s", c.cardId()).containsAll(c.titleLines());
        }
        TextRecorder inLightTheme = new TextRecorder();
        Typography light = Typography.of(Theme.LIGHT);
        TextLine title = layout.cards().get(0).titleLines().get(0);
        new DetailLevelSurface(inLightTheme, light, 0.4).text(title, Rgba.WHITE);
        assertThat(inLightTheme.texts()).as("the light theme's smaller titles too").containsExactly(title.text());
    }

    private List<Integer> wholeStagesInView() {
        Rect visible = canvas.viewport().visibleRect();
        List<Integer> whole = new ArrayList<>();
        List<StageBox> stages = canvas.currentLayout().stages();
        for (int i = 0; i < stages.size(); i++) {
            Rect column = stages.get(i).column();
            if (column.x() >= visible.x() && column.maxX() <= visible.maxX()) {
                whole.add(i);
            }
        }
        return whole;
    }

    private double cardTitlePx() {
        return canvas.currentLayout().style().typography().size(FontRole.CARD_TITLE) * canvas.zoomProperty().get();
    }

    /** Everything the canvas paints into the map's picture at this zoom, as text (bars are not text). */
    private List<TextLine> textPaintedAt(double zoom) {
        TextRecorder text = new TextRecorder();
        MapLayout layout = canvas.currentLayout();
        Rect all = new Rect(0, 0, layout.width(), layout.height());
        LayoutPainting.paintPicture(layout, text, zoom, all, (s, l) -> { });
        return text.lines();
    }

    private static List<TextLine> drawnInside(List<TextLine> drawn, Rect box) {
        return drawn.stream().filter(l -> l.x() >= box.x() - 0.5 && l.x() + l.width() <= box.maxX() + 0.5
                && l.baseline() > box.y() && l.baseline() <= box.maxY()).toList();
    }

    private static app.masa.model.JourneyFile hebrewGrocer() throws Exception {
        return TemplateCatalog.builtIn().create("organic-grocer", "he");
    }

}
