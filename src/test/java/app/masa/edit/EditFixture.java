package app.masa.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Connection;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.List;

/**
 * A small hand-made file for command tests. Map "m": stages "s1" (Awareness), "s2" (Purchase);
 * lanes "l1" (Touchpoints), "l2" (Pain points), "emo" (Emotion). Cell s1×l1 holds a0, a1, a2
 * (Ad, Site, Checkout), s2×l1 holds b0 (Pay), s1×l2 holds p0 (Slow). Arrows a0→a1, a1→b0.
 */
final class EditFixture {
    static final String MAP = "m";

    private EditFixture() {
    }

    static JourneyFile file() {
        List<Card> cards = List.of(
                touchpoint("a0", "s1", "l1", 0, "Ad", 1),
                touchpoint("a1", "s1", "l1", 1, "Site", 0),
                touchpoint("b0", "s2", "l1", 0, "Pay", -2),
                Card.of("p0", "s1", "l2", 0, CardType.PAIN_POINT, "Slow"),
                touchpoint("a2", "s1", "l1", 2, "Checkout", 2));
        JourneyMap map = new JourneyMap(MAP, "Groceries", "First order", "en", null,
                EmotionScale.centred(List.of("--", "-", "0", "+", "++")),
                List.of(Persona.of("dana", "Dana")),
                List.of(Stage.of("s1", "Awareness"), Stage.of("s2", "Purchase")),
                List.of(Lane.of("l1", "Touchpoints", LaneKind.CARDS), Lane.of("l2", "Pain points", LaneKind.CARDS),
                        Lane.of("emo", "Emotion", LaneKind.EMOTION)),
                cards,
                List.of(Connection.of("k1", "a0", "a1"), Connection.of("k2", "a1", "b0")),
                null, null, Extras.NONE);
        JourneyMap other = map.withId("m2").withTitle("Returns");
        return JourneyFile.of(map, other);
    }

    static Card touchpoint(String id, String stage, String lane, int order, String title, Integer score) {
        return Card.of(id, stage, lane, order, CardType.TOUCHPOINT, title).withScore(score);
    }

    static JourneyMap map(JourneyFile file) {
        return file.map(MAP).orElseThrow();
    }

    static Card card(JourneyFile file, String id) {
        return map(file).card(id).orElseThrow();
    }

    /** The ids of a cell's cards, first to last, checking that their orders run 0, 1, 2… */
    static List<String> cell(JourneyFile file, String stage, String lane) {
        List<Card> cards = map(file).cardsIn(stage, lane);
        for (int i = 0; i < cards.size(); i++) {
            assertThat(cards.get(i).order()).as("order of %s", cards.get(i).id()).isEqualTo(i);
        }
        return cards.stream().map(Card::id).toList();
    }

    /** Applies the command, checks that undo and redo are exact, and returns the changed document. */
    static JourneyFile applyAndCheck(Command command, JourneyFile before) {
        JourneyFile after = command.apply(before);
        assertThat(command.revert(after)).isEqualTo(before);
        JourneyFile again = command.apply(before);
        assertThat(again).isEqualTo(after);
        assertThat(command.estimatedBytes()).isPositive();
        return again;
    }
}
