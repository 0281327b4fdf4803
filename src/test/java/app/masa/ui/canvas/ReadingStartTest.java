package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.io.TemplateCatalog;
import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.model.JourneyFile;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.ShellFixtures;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.MainWindow;
import app.masa.ui.common.ShellPreferences;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A map opens where it is read from: a right-to-left map at its right edge (lane titles and the first
 * stage), a left-to-right one at its left edge, whatever the window showed before.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingStartTest {
    private Preferences node;
    private Stage stage;
    private DocumentSession session;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        node = ShellFixtures.preferences();
        // The designer starts on the English sample; the maps below come from the same template, so share its ids.
        session = new DocumentSession(grocer("en"), null);
        MainWindow window = new MainWindow(stage, session, new ShellPreferences(node), ShellFixtures.sources());
        window.show();
        canvas = (MapCanvas) window.canvas().node();
    }

    @AfterEach
    void cleanUp() {
        ShellFixtures.dispose(node);
    }

    @Test
    void aHebrewMapOpenedAfterAnEnglishOneShowsItsStartAtTheRight(FxRobot robot) {
        assertThat(wider(canvas.currentLayout())).as("the map is wider than the view").isTrue();
        robot.interact(() -> canvas.scrollBy(200, 150));

        JourneyFile hebrew = grocer("he");
        robot.interact(() -> session.replace(hebrew, Path.of("grocer.journey.json")));

        assertReadingStartInView();
    }

    @Test
    void anEnglishMapOpenedAfterAHebrewOneShowsItsStartAtTheLeft(FxRobot robot) {
        robot.interact(() -> session.replace(grocer("he"), null));
        robot.interact(() -> session.replace(grocer("en"), null));

        Rect visible = canvas.viewport().visibleRect();
        Rect firstStage = canvas.currentLayout().stages().get(0).header();
        assertThat(visible.x()).isLessThanOrEqualTo(firstStage.x());
        assertThat(visible.x()).isLessThanOrEqualTo(firstLane().header().x());
    }

    @Test
    void aHebrewMapKeepsItsStartInViewWhenTheWindowGetsNarrower(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            session.replace(grocer("he"), null);
            // At the start on purpose, so this looks at resizing alone.
            canvas.viewport().showReadingStart();
            canvas.repaint();
        });
        assertReadingStartInView();

        robot.interact(() -> stage.setWidth(stage.getWidth() - 300));
        DesignerWindowFixture.await(() -> canvas.viewport().viewWidth() < 700);

        assertReadingStartInView();
    }

    private void assertReadingStartInView() {
        Rect visible = canvas.viewport().visibleRect();
        Rect firstStage = canvas.currentLayout().stages().get(0).header();
        Rect laneTitles = firstLane().header();
        assertThat(firstStage.x()).as("the first stage is at the right").isGreaterThan(
                canvas.currentLayout().stages().get(1).header().x());
        assertThat(visible.maxX()).as("the first stage's right edge is in view, %s", visible)
                .isGreaterThanOrEqualTo(firstStage.maxX());
        assertThat(visible.maxX()).as("the lane titles are in view, %s", visible)
                .isGreaterThanOrEqualTo(laneTitles.maxX());
        assertThat(visible.y()).as("scrolled to the top").isLessThanOrEqualTo(firstStage.y());
    }

    private LaneBox firstLane() {
        return canvas.currentLayout().lanes().get(0);
    }

    private boolean wider(MapLayout layout) {
        return layout.width() > canvas.viewport().viewWidth();
    }

    private static JourneyFile grocer(String language) {
        try {
            return TemplateCatalog.builtIn().create("organic-grocer", language);
        } catch (JourneyFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
