package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import app.masa.ui.session.DocumentSession;
import java.util.List;
import javafx.geometry.Point2D;

/**
 * A small map for the canvas tests: three stages, two card lanes and an emotion lane, with three
 * scored touchpoints in the first cell and an action in the second stage.
 */
final class CanvasFixture {
    static final String MAP = "m-1";

    private CanvasFixture() {
    }

    static JourneyFile document(Direction direction) {
        List<Stage> stages = List.of(Stage.of("s-aware", "Awareness"), Stage.of("s-consider", "Consideration"),
                Stage.of("s-buy", "Purchase"));
        List<Lane> lanes = List.of(Lane.of("l-touch", "Touchpoints", LaneKind.CARDS),
                Lane.of("l-act", "Actions", LaneKind.CARDS), Lane.of("l-emo", "Emotion", LaneKind.EMOTION));
        List<Card> cards = List.of(
                Card.of("c-ad", "s-aware", "l-touch", 0, CardType.TOUCHPOINT, "Sponsored post").withScore(0),
                Card.of("c-search", "s-aware", "l-touch", 1, CardType.TOUCHPOINT, "Search result").withScore(1),
                Card.of("c-friend", "s-aware", "l-touch", 2, CardType.TOUCHPOINT, "Asks a friend").withScore(-1),
                Card.of("c-compare", "s-consider", "l-act", 0, CardType.ACTION, "Compares prices"));
        EmotionScale scale = EmotionScale.centred(List.of("Awful", "Bad", "Neutral", "Good", "Great"));
        JourneyMap map = new JourneyMap(MAP, "Test map", "", direction == Direction.RTL ? "he" : "en", direction,
                scale, List.of(), stages, lanes, cards, List.of(), null, null, null);
        return JourneyFile.of(map);
    }

    static JourneyMap map(DocumentSession session) {
        return session.document().map(MAP).orElseThrow();
    }

    static Card card(DocumentSession session, String id) {
        return map(session).card(id).orElseThrow();
    }

    static List<String> titlesIn(DocumentSession session, String stageId, String laneId) {
        return map(session).cardsIn(stageId, laneId).stream().map(Card::title).toList();
    }

    static Rect cardBounds(MapCanvas canvas, String id) {
        return canvas.currentLayout().card(id).map(CardBox::bounds).orElseThrow();
    }

    static Rect cellBounds(MapCanvas canvas, String stageId, String laneId) {
        MapLayout layout = canvas.currentLayout();
        return layout.cells().stream().filter(c -> c.stageId().equals(stageId) && c.laneId().equals(laneId))
                .map(CellBox::bounds).findFirst().orElseThrow();
    }

    static Point2D center(MapCanvas canvas, Rect r) {
        return canvas.screenPointOf(r.centerX(), r.centerY());
    }
}
