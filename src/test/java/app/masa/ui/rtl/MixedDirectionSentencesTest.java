package app.masa.ui.rtl;

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
import app.masa.ui.inspector.Inspector;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.shell.BundledFonts;
import app.masa.ui.shell.Subscriptions;
import com.sun.javafx.scene.text.TextLayout;
import java.util.List;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Sentences of the interface that quote a card's title and then give figures: the expectation
 * gaps of the map inspector. Whatever the language of the title and of the interface, the figure
 * after the title reads sign first ("+2", never "2+") and stays before its comma.
 */
@ExtendWith(ApplicationExtension.class)
class MixedDirectionSentencesTest {
    private static final Locale HEBREW = Locale.forLanguageTag("he");
    private Stage stage;
    private DocumentSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
        List<Card> cards = List.of(
                Card.of("c-order", "s-1", "l-1", 0, CardType.TOUCHPOINT, "הזמנה באתר").withScore(2).withExpectedScore(0),
                Card.of("c-pay", "s-1", "l-1", 1, CardType.TOUCHPOINT, "Checkout").withScore(-1).withExpectedScore(1));
        JourneyMap map = new JourneyMap("m-1", "חנות", "", "he", Direction.RTL,
                EmotionScale.centred(List.of("גרוע", "רע", "ניטרלי", "טוב", "מצוין")), List.of(),
                List.of(app.masa.model.Stage.of("s-1", "קנייה")), List.of(Lane.of("l-1", "נקודות מגע", LaneKind.CARDS)),
                cards, List.of(), null, null, null);
        session = new DocumentSession(JourneyFile.of(map), null);
        stage.setScene(new Scene(new StackPane(), 420, 1400));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void inTheEnglishInterfaceAFigureAfterAHebrewTitleReadsPlusTwoComma(FxRobot robot) {
        show(robot, Locale.ENGLISH);
        for (String card : List.of("c-order", "c-pay")) {
            Figure figure = figureAfterTitle(robot, card, TextLayout.DIRECTION_LTR);
            assertThat(figure.sign()).as("%s: sign left of the digit", card).isLessThan(figure.digit());
            assertThat(figure.digit()).as("%s: digit left of the comma", card).isLessThan(figure.comma());
        }
    }

    @Test
    void inTheHebrewInterfaceAFigureAfterAnyTitleReadsSignFirstBeforeItsComma(FxRobot robot) {
        show(robot, HEBREW);
        for (String card : List.of("c-order", "c-pay")) {
            Figure figure = figureAfterTitle(robot, card, TextLayout.DIRECTION_RTL);
            assertThat(figure.sign()).as("%s: sign left of the digit", card).isLessThan(figure.digit());
            // Read right to left: the comma comes after the figure, so it stands to its left.
            assertThat(figure.comma()).as("%s: comma left of the figure", card).isLessThan(figure.sign());
        }
    }

    /** Where the first figure of a gap line is drawn: its sign, its digit and the comma after it. */
    private record Figure(double sign, double digit, double comma) {
    }

    private Figure figureAfterTitle(FxRobot robot, String cardId, int direction) {
        String line = robot.lookup("#inspector-gap-" + cardId).queryAs(Hyperlink.class).getText();
        int sign = line.indexOf(':') + 1;
        while ("+-".indexOf(line.charAt(sign)) < 0) {
            sign++;
        }
        int at = sign;
        Figure[] figure = new Figure[1];
        robot.interact(() -> {
            LaidOutText text = LaidOutText.of(line, direction, 0);
            figure[0] = new Figure(text.xOf(at), text.xOf(at + 1), text.xOf(at + 2));
        });
        return figure[0];
    }

    private void show(FxRobot robot, Locale language) {
        robot.interact(() -> {
            Messages.setLocale(language);
            stage.getScene().setRoot(new StackPane(new Inspector(session, new Subscriptions()).node()));
            stage.getScene().setNodeOrientation(Messages.isRightToLeft()
                    ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        });
    }
}
