package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.layout.Rect;
import app.masa.layout.VersionMark;
import app.masa.model.Card;
import app.masa.model.Direction;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Another version's differences on a right-to-left canvas: where they stand and what their tooltips say. */
@ExtendWith(ApplicationExtension.class)
class VersionOnCanvasTest {
    private DocumentSession session;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        session = new DocumentSession(CanvasFixture.document(Direction.RTL), null);
        canvas = new MapCanvas(session);
        stage.setScene(new Scene(canvas, 1200, 760));
        stage.show();
    }

    @Test
    void aRescoredCardTellsTheOtherScoreAndAnAddedOneStandsInItsMirroredCell(FxRobot robot) {
        JourneyMap ours = CanvasFixture.map(session);
        List<Card> cards = new ArrayList<>();
        for (Card card : ours.cards()) {
            cards.add(card.id().equals("c-search") ? card.withScore(-2) : card);
        }
        cards.add(Card.of("c-new", "s-buy", "l-touch", 0, app.masa.model.CardType.TOUCHPOINT, "Coupon"));
        JourneyMap theirs = ours.withCards(cards);

        robot.interact(() -> canvas.comparedWithProperty().set(theirs));

        Rect search = CanvasFixture.cardBounds(canvas, "c-search");
        assertThat(VersionTips.at(canvas, search.centerX(), search.centerY()))
                .contains(Messages.get("compare.tip.other", "~ card \"Search result\": score +1 \u2192 \u22122"));
        VersionMark added = canvas.versionMarks().stream().filter(m -> m.id().equals("c-new")).findFirst().orElseThrow();
        Rect purchase = CanvasFixture.cellBounds(canvas, "s-buy", "l-touch");
        Rect awareness = CanvasFixture.cellBounds(canvas, "s-aware", "l-touch");
        assertThat(purchase.x()).isLessThan(awareness.x());
        assertThat(added.bounds().x()).isGreaterThan(purchase.x()).isLessThan(purchase.maxX());
        assertThat(VersionTips.at(canvas, added.bounds().centerX(), added.bounds().centerY()))
                .contains(Messages.get("compare.tip.other", "+ card \"Coupon\" in Purchase \u00b7 Touchpoints"));

        robot.interact(() -> canvas.comparedWithProperty().set(null));
        assertThat(canvas.versionMarks()).isEmpty();
        assertThat(VersionTips.at(canvas, search.centerX(), search.centerY())).isEmpty();
    }
}
