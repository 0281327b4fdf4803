package app.masa.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.common.Subscriptions;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map inspector lists the flagged gaps and lets the threshold be changed, as one undo step. */
@ExtendWith(ApplicationExtension.class)
class ExpectationGapsTest {
    private static final String MAP = "m-1";
    private DocumentSession session;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        List<Card> cards = List.of(
                Card.of("c-pay", "s-1", "l-1", 0, CardType.TOUCHPOINT, "Checkout").withScore(-1).withExpectedScore(1),
                Card.of("c-chat", "s-1", "l-1", 1, CardType.TOUCHPOINT, "Live chat").withScore(1).withExpectedScore(0));
        JourneyMap map = new JourneyMap(MAP, "Test map", "", "en", Direction.LTR,
                EmotionScale.centred(List.of("Awful", "Bad", "Neutral", "Good", "Great")), List.of(),
                List.of(app.masa.model.Stage.of("s-1", "Buy")), List.of(Lane.of("l-1", "Touchpoints", LaneKind.CARDS)),
                cards, List.of(), null, null, null);
        session = new DocumentSession(JourneyFile.of(map), null);
        stage.setScene(new Scene(new StackPane(new Inspector(session, new Subscriptions()).node()), 380, 1400));
        stage.show();
    }

    /**
     * JavaFX lays a wrapped line that starts with a number out left to right, even in a right-to-left
     * panel, so each figure is bound to the word before it and never starts a line.
     */
    @Test
    void noFigureCanStartAWrappedLineInEitherLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("he"))) {
            for (String key : List.of("journey.gaps.below", "journey.gaps.above", "journey.gaps.none")) {
                assertThat(Messages.get(locale, key, "Checkout", "-2", "+1", "-1"))
                        .as("%s in %s", key, locale).doesNotContainPattern(" [-+0-9]");
            }
        }
    }

    @Test
    void flaggedGapsAreListedAndTheThresholdDecidesWhich(FxRobot robot) {
        Hyperlink pay = robot.lookup("#inspector-gap-c-pay").queryAs(Hyperlink.class);
        // Less the invisible marks that keep its figures in order (MixedDirectionSentencesTest).
        assertThat(pay.getText().replaceAll("[\u200E\u200F]", ""))
                .isEqualTo("Checkout:\u00A0\u22122, below expectation (expected\u00A0+1, experienced\u00A0\u22121)");
        assertThat(robot.lookup("#inspector-gap-c-chat").tryQuery()).isEmpty();

        @SuppressWarnings("unchecked")
        Spinner<Integer> threshold = robot.lookup("#inspector-gap-threshold").queryAs(Spinner.class);
        robot.interact(() -> threshold.getValueFactory().setValue(1));
        assertThat(session.currentMap().gapThreshold()).isEqualTo(1);
        assertThat(robot.lookup("#inspector-gap-c-chat").tryQuery()).isPresent();

        robot.interact(session::undo);
        assertThat(session.currentMap().gapThreshold()).isEqualTo(JourneyMap.DEFAULT_GAP_THRESHOLD);
        assertThat(threshold.getValue()).isEqualTo(JourneyMap.DEFAULT_GAP_THRESHOLD);
    }

    @Test
    void aFlaggedGapLinksToItsCard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#inspector-gap-c-pay").queryAs(Hyperlink.class).fire());
        assertThat(session.selection().cardIds()).containsExactly("c-pay");
    }
}
