package app.masa.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Nps;
import app.masa.ui.ShellFixtures;
import app.masa.ui.inspector.Inspector;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.common.Subscriptions;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Figures typed into the inspector land in the document, one undo step each. */
@ExtendWith(ApplicationExtension.class)
class MetricsInspectorTest {
    private DocumentSession session;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        session = new DocumentSession(ShellFixtures.document(), null);
        Inspector inspector = new Inspector(session, new Subscriptions());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(inspector.node()), 380, 760));
        stage.show();
    }

    @Test
    void typedFiguresAreSavedTheRateIsWorkedOutAndUndoTakesThemBack(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c1")));

        type(robot, "#inspector-metrics-reach", "12,000");
        type(robot, "#inspector-metrics-conversions", "240");

        assertThat(card().metrics().reach()).isEqualTo(12_000L);
        assertThat(card().metrics().conversions()).isEqualTo(240L);
        assertThat(robot.lookup("#inspector-metrics-rate").queryAs(Label.class).getText()).isEqualTo("2%");

        robot.interact(session::undo);
        assertThat(card().metrics().conversions()).isNull();
        assertThat(card().metrics().reach()).isEqualTo(12_000L);
        assertThat(robot.lookup("#inspector-metrics-conversions").queryAs(TextField.class).getText()).isEmpty();
        robot.interact(session::undo);
        assertThat(card().metrics().isEmpty()).isTrue();
    }

    @Test
    void aFigureOutOfRangeIsRefusedWithAPlainMessage(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c1")));

        type(robot, "#inspector-metrics-csat", "7");

        assertThat(card().metrics().csat()).isNull();
        assertThat(robot.lookup("#inspector-metrics-problem").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("inspector.metrics.outOfRange"));
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void npsCountsOfAStageShowTheScoreAndShares(FxRobot robot) {
        robot.interact(() -> session.selection().selectStage("s1"));

        type(robot, "#inspector-nps-promoters", "6");
        type(robot, "#inspector-nps-passives", "2");
        type(robot, "#inspector-nps-detractors", "2");

        assertThat(session.currentMap().stage("s1").orElseThrow().nps()).isEqualTo(Nps.of(6, 2, 2));
        assertThat(robot.lookup("#inspector-nps-score").queryAs(Label.class).getText())
                .isEqualTo("\u200E+40 (60% promoters, 20% passives, 20% detractors)");
        robot.interact(session::undo);
        assertThat(session.currentMap().stage("s1").orElseThrow().nps()).isEqualTo(Nps.of(6, 2, 0));
    }

    @Test
    void cardsAndStagesRefuseAFractionOfACountAlikeAndKeepTheDocument(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c1")));
        type(robot, "#inspector-metrics-reach", "2.5");
        assertThat(card().metrics().reach()).isNull();
        assertThat(robot.lookup("#inspector-metrics-problem").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("inspector.metrics.badCount", Messages.get("inspector.metrics.reach")));

        robot.interact(() -> session.selection().selectStage("s1"));
        type(robot, "#inspector-nps-promoters", "2.5");
        assertThat(session.currentMap().stage("s1").orElseThrow().nps().answers()).isZero();
        assertThat(robot.lookup("#inspector-nps-problem").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("inspector.metrics.badCount", Messages.get("inspector.metrics.nps.promoters")));
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    /** Focuses the field as a click would (it may be scrolled out of view), then types as a person does. */
    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private Card card() {
        return session.currentMap().card("c1").orElseThrow();
    }
}
