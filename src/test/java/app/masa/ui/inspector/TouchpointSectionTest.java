package app.masa.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Presence;
import app.masa.model.TouchpointQuestion;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.common.Subscriptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guided touchpoint form: answers, presence, expected score and arrows land in the document. */
@ExtendWith(ApplicationExtension.class)
class TouchpointSectionTest {
    private static final String MAP = "m-1";
    private DocumentSession session;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        session = new DocumentSession(document(), null);
        Inspector inspector = new Inspector(session, new Subscriptions());
        stage.setScene(new Scene(new StackPane(inspector.node()), 380, 900));
        stage.show();
    }

    private static JourneyFile document() {
        List<app.masa.model.Stage> stages = List.of(app.masa.model.Stage.of("s-aware", "Awareness"),
                app.masa.model.Stage.of("s-buy", "Purchase"), app.masa.model.Stage.of("s-keep", "Retention"));
        List<Lane> lanes = List.of(Lane.of("l-touch", "Touchpoints", LaneKind.CARDS),
                Lane.of("l-emo", "Emotion", LaneKind.EMOTION));
        List<Card> cards = List.of(
                Card.of("c-ad", "s-aware", "l-touch", 0, CardType.TOUCHPOINT, "Sponsored post").withScore(0),
                Card.of("c-pay", "s-buy", "l-touch", 0, CardType.TOUCHPOINT, "Checkout").withScore(-1)
                        .withChannel(Channel.WEBSITE),
                Card.of("c-voucher", "s-keep", "l-touch", 0, CardType.TOUCHPOINT, "Voucher").withScore(2),
                Card.of("c-note", "s-keep", "l-touch", 1, CardType.NOTE, "A note"));
        JourneyMap map = new JourneyMap(MAP, "Test map", "", "en", Direction.LTR,
                EmotionScale.centred(List.of("Awful", "Bad", "Neutral", "Good", "Great")), List.of(), stages, lanes,
                cards, List.of(Connection.of("k-1", "c-ad", "c-pay")), null, null, null);
        return JourneyFile.of(map);
    }

    private Card card(String id) {
        return session.document().map(MAP).orElseThrow().card(id).orElseThrow();
    }

    @Test
    void typingAnAnswerChangesTheCardAsOneUndoStep(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c-pay")));
        TextArea answer = robot.lookup("#inspector-touchpoint-expectation").queryAs(TextArea.class);
        robot.interact(answer::requestFocus);
        robot.write("A clear total");
        // Leaving the field ends the typing gesture.
        robot.interact(() -> robot.lookup("#inspector-touchpoint-owner").queryAs(TextField.class).requestFocus());

        assertThat(card("c-pay").touchpoint().answer(TouchpointQuestion.EXPECTATION)).isEqualTo("A clear total");
        assertThat(card("c-pay").openQuestions()).isEqualTo(6);

        robot.interact(session::undo);
        assertThat(card("c-pay").touchpoint().answer(TouchpointQuestion.EXPECTATION)).isEmpty();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(answer.getText()).isEmpty();
    }

    @Test
    void presenceAndTheExpectedScoreAreSetBesideTheExperiencedScore(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c-pay")));
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Presence>> presence = robot.lookup("#inspector-touchpoint-presence").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Integer>> expected = robot.lookup("#inspector-touchpoint-expected").queryAs(ComboBox.class);
        robot.interact(() -> presence.setValue(Optional.of(Presence.ONLINE)));
        robot.interact(() -> expected.setValue(Optional.of(1)));

        assertThat(card("c-pay").touchpoint().presence()).isEqualTo(Presence.ONLINE);
        assertThat(card("c-pay").expectedScore()).isEqualTo(1);
        String experienced = robot.lookup("#inspector-touchpoint-experienced")
                .queryAs(javafx.scene.control.Label.class).getText();
        assertThat(experienced).isEqualTo(Messages.get("touchpoint.experienced.gap", Messages.get("touchpoint.experienced",
                        Messages.get("inspector.card.score.level", DirectionMarks.figure("\u22121"), "Bad")),
                        DirectionMarks.figure("\u22122")));
        assertThat(experienced.replace(String.valueOf(DirectionMarks.LEFT_TO_RIGHT_MARK), ""))
                .startsWith("Experienced: \u22121").endsWith("gap \u22122");
        robot.interact(session::undo);
        assertThat(card("c-pay").expectedScore()).isNull();
        assertThat(card("c-pay").touchpoint().presence()).isEqualTo(Presence.ONLINE);
    }

    @Test
    void theLoopBackToTheFirstStageIsOnePickAndOneUndoStep(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c-voucher")));
        @SuppressWarnings("unchecked")
        ComboBox<Card> loop = robot.lookup("#inspector-touchpoint-loop").queryAs(ComboBox.class);
        assertThat(loop.isVisible()).isTrue();
        assertThat(loop.getItems()).extracting(Card::id).containsExactly("c-ad");
        robot.interact(() -> loop.setValue(loop.getItems().get(0)));

        JourneyMap map = session.document().map(MAP).orElseThrow();
        assertThat(map.connections()).anyMatch(k -> k.fromCardId().equals("c-voucher") && k.toCardId().equals("c-ad"));
        robot.interact(session::undo);
        assertThat(session.document().map(MAP).orElseThrow().connections()).extracting(Connection::id)
                .containsExactly("k-1");
    }

    @Test
    void incomingArrowsAreListedAndCanBeRemovedHere(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c-pay")));
        Node remove = robot.lookup("#inspector-touchpoint-remove-k-1").query();
        robot.interact(() -> ((javafx.scene.control.Button) remove).fire());
        assertThat(session.document().map(MAP).orElseThrow().connections()).isEmpty();
    }

    @Test
    void theFormShowsOnlyForTouchpointsAndTheDeliveryQuestionOnlyForDeliveries(FxRobot robot) {
        robot.interact(() -> session.selection().selectCards(List.of("c-note")));
        assertThat(robot.lookup("#inspector-touchpoint").query().isVisible()).isFalse();
        robot.interact(() -> session.selection().selectCards(List.of("c-pay")));
        assertThat(robot.lookup("#inspector-touchpoint").query().isVisible()).isTrue();
        assertThat(robot.lookup("#inspector-touchpoint-delivery_extras").query().isVisible()).isFalse();
        // The first stage has nowhere earlier to loop back to.
        robot.interact(() -> session.selection().selectCards(List.of("c-ad")));
        assertThat(robot.lookup("#inspector-touchpoint-loop").query().isVisible()).isFalse();
    }
}
