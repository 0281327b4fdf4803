package app.masa.ui.links;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.LinkEdits;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFiles;
import app.masa.layout.CardBox;
import app.masa.layout.LinkMarks;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyLink;
import app.masa.ui.CanvasMenuRobot;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.ShellFixtures;
import app.masa.ui.canvas.MapCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card linked to another map from its menu, followed by a click on its pill, and back along the
 * trail; a link to a map since deleted says so and can be removed; the overview reorders maps.
 */
@ExtendWith(ApplicationExtension.class)
class LinksTest {
    private DesignerWindowFixture designer;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        designer = DesignerWindowFixture.show(stage);
        canvas = (MapCanvas) designer.window().canvas().node();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        designer.cleanUp(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCardLinkedToAnotherMapOpensItAndTheTrailLeadsBack(FxRobot robot) throws Exception {
        CardBox card = canvas.currentLayout().cards().get(0);
        CanvasMenuRobot.pick(robot, canvas, card.bounds(), "canvas.menu.linkTo");
        DesignerWindowFixture.await(() -> robot.lookup("#link-maps").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#link-maps").queryAs(ListView.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#link-ok").queryAs(Button.class).fire());

        assertThat(designer.session().currentMap().links())
                .containsExactly(JourneyLink.toMap(card.cardId(), "map-b"));
        LinkMarks.Mark pill = LinkMarks.of(canvas.currentLayout(), designer.session().currentMap(),
                link -> LinkNames.target(designer.session().document(), link)).get(0);
        assertThat(pill.label().text()).contains("Delivery");
        assertThat(pill.bounds().centerY()).isEqualTo(card.bounds().maxY());

        robot.clickOn(canvas.screenPointOf(pill.bounds().centerX(), pill.bounds().centerY()));
        assertThat(designer.session().currentMap().id()).isEqualTo("map-b");
        Button back = robot.lookup("#link-back").queryAs(Button.class);
        Node trail = robot.lookup("#link-trail").query();
        assertThat(trail.isVisible()).isTrue();
        assertThat(back.getText()).contains("Shop visit");

        robot.clickOn(back);
        assertThat(designer.session().currentMap().id()).isEqualTo("map-a");
        assertThat(trail.isVisible()).isFalse();

        robot.interact(designer.session()::undo);
        assertThat(designer.session().currentMap().links()).isEmpty();
    }

    @Test
    void aLinkToAJourneyFileBesideThisOneOpensItAndTheTrailLeadsBackToTheFirstFile(FxRobot robot,
            @TempDir Path folder) throws Exception {
        JourneyFile shop = ShellFixtures.document();
        String card = shop.maps().get(0).cards().get(0).id();
        Path here = folder.resolve("shop.journey.json");
        Path detail = folder.resolve("details").resolve("delivery.journey.json");
        Files.createDirectories(detail.getParent());
        JourneyFiles.save(detail, JourneyFile.of(shop.maps().get(1)));
        JourneyFiles.save(here, LinkEdits.set("map-a", JourneyLink.toFile(card, "details/delivery.journey.json", null))
                .apply(shop));
        robot.interact(() -> designer.window().files().open(here));
        DesignerWindowFixture.await(() -> here.equals(designer.session().fileProperty().get()));

        robot.interact(() -> canvas.followLink(card));
        DesignerWindowFixture.await(() -> detail.equals(designer.session().fileProperty().get()));
        assertThat(designer.session().currentMap().title()).isEqualTo("Delivery");

        robot.clickOn("#link-back");
        DesignerWindowFixture.await(() -> here.equals(designer.session().fileProperty().get()));
        assertThat(designer.session().currentMap().id()).isEqualTo("map-a");
        assertThat(robot.lookup("#link-trail").query().isVisible()).isFalse();
    }

    @Test
    void aLinkToAMapNoLongerInTheFileSaysSoAndCanBeRemoved(FxRobot robot) throws Exception {
        String card = designer.session().currentMap().cards().get(0).id();
        robot.interact(() -> designer.session().execute(LinkEdits.set("map-a", JourneyLink.toMap(card, "gone"))));

        // The message waits for an answer: asked for later, so the robot is not held until it has one.
        javafx.application.Platform.runLater(() -> canvas.followLink(card));
        DesignerWindowFixture.await(() -> robot.lookup("#link-broken").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#link-broken").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).isEqualTo(Messages.get("link.broken.map"));
        Button remove = (Button) pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals(Messages.get("link.remove"))).map(pane::lookupButton).findFirst()
                .orElseThrow();
        robot.interact(remove::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(designer.session().currentMap().links()).isEmpty();
        assertThat(designer.session().currentMap().id()).isEqualTo("map-a");
    }

    @Test
    void theOverviewListsEveryMapAndReordersThemInOneStepEach(FxRobot robot) throws Exception {
        robot.interact(() -> OverviewWindow.show(designer.stage(), designer.session()));
        DesignerWindowFixture.await(() -> robot.lookup("#overview-row-map-b").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#overview-up-map-b").queryAs(Button.class).fire());
        assertThat(designer.session().document().maps()).extracting(m -> m.id()).containsExactly("map-b", "map-a");
        assertThat(robot.lookup("#overview-up-map-b").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#overview-open-map-a").queryAs(Button.class).fire());
        assertThat(designer.session().currentMap().id()).isEqualTo("map-a");
        robot.interact(designer.session()::undo);
        assertThat(designer.session().document().maps()).extracting(m -> m.id()).containsExactly("map-a", "map-b");
    }
}
