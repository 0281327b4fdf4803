package app.masa.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Evidence;
import app.masa.model.MetricSource;
import app.masa.ui.DesignerWindowFixture;
import app.masa.ui.canvas.MapCanvas;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Marking a card as an assumption or as backed by evidence in the inspector: one undo step each. */
@ExtendWith(ApplicationExtension.class)
class EvidenceRowsTest {
    private DesignerWindowFixture designer;

    @Start
    void start(Stage stage) {
        designer = DesignerWindowFixture.show(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        designer.cleanUp(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCardMarkedInTheInspectorShowsOnTheCanvasIsSelectedAsAnAssumptionAndUndoes(FxRobot robot) {
        Card card = designer.session().currentMap().cards().get(0);
        robot.interact(() -> designer.session().selection().selectCards(List.of(card.id())));
        ComboBox<Optional<Evidence.Backing>> backing = robot.lookup("#inspector-card-evidence").queryAs(ComboBox.class);
        ComboBox<Optional<MetricSource>> source = robot.lookup("#inspector-card-evidence-source").queryAs(ComboBox.class);
        assertThat(source.isDisabled()).isTrue();

        robot.interact(() -> backing.setValue(Optional.of(Evidence.Backing.ASSUMPTION)));
        assertThat(card(card.id()).evidence()).isEqualTo(Evidence.assumption());
        WaitForAsyncUtils.waitForFxEvents();
        MapCanvas canvas = robot.lookup(n -> n instanceof MapCanvas).queryAs(MapCanvas.class);
        assertThat(canvas.currentLayout().cards()).filteredOn(b -> b.cardId().equals(card.id())).singleElement()
                .satisfies(b -> assertThat(b.marks().assumption()).isTrue());

        robot.interact(() -> designer.session().selection().selectCards(List.of()));
        robot.clickOn(Messages.get("menu.edit"));
        robot.clickOn(Messages.get("menu.edit.selectAssumptions"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.session().selection().cardIds()).containsExactly(card.id());

        robot.interact(() -> backing.setValue(Optional.of(Evidence.Backing.EVIDENCE)));
        assertThat(source.isDisabled()).isFalse();
        robot.interact(() -> source.setValue(Optional.of(MetricSource.INTERVIEW)));
        assertThat(card(card.id()).evidence()).isEqualTo(Evidence.backedBy(MetricSource.INTERVIEW, null));

        robot.clickOn(canvas);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(card.id()).evidence()).isEqualTo(new Evidence(Evidence.Backing.EVIDENCE, null, null, null));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(card.id()).evidence()).isEqualTo(Evidence.NONE);
    }

    private Card card(String id) {
        return designer.session().currentMap().card(id).orElseThrow();
    }
}
