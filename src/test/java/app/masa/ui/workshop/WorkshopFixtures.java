package app.masa.ui.workshop;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import java.util.List;

/** A small workshop map: three stages, touchpoints, pain points and opportunities, an emotion lane. */
final class WorkshopFixtures {
    static final String MAP = "m-workshop";

    private WorkshopFixtures() {
    }

    static JourneyFile document(Direction direction) {
        boolean hebrew = direction == Direction.RTL;
        List<Stage> stages = List.of(
                Stage.of("s-aware", hebrew ? "מודעות" : "Awareness"),
                Stage.of("s-consider", hebrew ? "שיקול" : "Consideration"),
                Stage.of("s-buy", hebrew ? "רכישה" : "Purchase"));
        List<Lane> lanes = List.of(
                Lane.of("l-touch", hebrew ? "נקודות מגע" : "Touchpoints", LaneKind.CARDS),
                Lane.of("l-pain", hebrew ? "נקודות כאב" : "Pain points", LaneKind.CARDS),
                Lane.of("l-emo", hebrew ? "רגש" : "Emotion", LaneKind.EMOTION));
        List<Card> cards = List.of(
                Card.of("c-ad", "s-aware", "l-touch", 0, CardType.TOUCHPOINT, hebrew ? "מודעה ממומנת" : "Sponsored post").withScore(1),
                Card.of("c-site", "s-consider", "l-touch", 0, CardType.TOUCHPOINT, hebrew ? "אתר החנות" : "Shop website").withScore(0),
                Card.of("c-pay", "s-buy", "l-touch", 0, CardType.TOUCHPOINT, hebrew ? "תשלום" : "Checkout").withScore(-1),
                Card.of("c-slow", "s-consider", "l-pain", 0, CardType.PAIN_POINT, hebrew ? "האתר איטי" : "Slow site"),
                Card.of("c-fees", "s-buy", "l-pain", 0, CardType.PAIN_POINT, hebrew ? "דמי משלוח מפתיעים" : "Surprise fees"),
                Card.of("c-chat", "s-buy", "l-pain", 1, CardType.OPPORTUNITY, hebrew ? "צ׳אט חי" : "Live chat"));
        EmotionScale scale = EmotionScale.centred(List.of("Awful", "Bad", "Neutral", "Good", "Great"));
        JourneyMap map = new JourneyMap(MAP, hebrew ? "קנייה בחנות" : "Shop visit", "", hebrew ? "he" : "en",
                direction, scale, List.of(), stages, lanes, cards, List.of(), null, null, null);
        return JourneyFile.of(map);
    }
}
