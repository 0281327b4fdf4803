package app.masa.io;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Connection;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Small documents and file texts shared by the io tests. */
final class TestMaps {
    static final EmotionScale FIVE = new EmotionScale(-2,
            List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive"));

    private TestMaps() {
    }

    /** Two stages, two lanes, three cards, one connection and a persona. */
    static JourneyFile small() {
        JourneyMap map = new JourneyMap("map-1", "Ordering vegetables online", "A first order", "en", null, FIVE,
                List.of(new Persona("p-1", "Dana", "Busy parent", "No time", List.of("Fresh food"), List.of(),
                        List.of("Late deliveries"), Extras.NONE)),
                List.of(Stage.of("awareness", "Awareness"), new Stage("purchase", "Purchase", "", 1.5, "#4f7cac", Extras.NONE)),
                List.of(Lane.of("touchpoints", "Touchpoints", LaneKind.CARDS), Lane.of("emotion", "Emotion", LaneKind.EMOTION)),
                List.of(Card.of("c-1", "awareness", "touchpoints", 0, CardType.TOUCHPOINT, "Sponsored post")
                                .withChannel(Channel.SOCIAL).withScore(1).withTags(List.of("paid")),
                        Card.of("c-2", "purchase", "touchpoints", 0, CardType.PAIN_POINT, "Checkout")
                                .withChannel(Channel.WORD_OF_MOUTH).withScore(-2),
                        Card.of("c-3", "purchase", "touchpoints", 1, CardType.NOTE, "")),
                List.of(Connection.of("k-1", "c-1", "c-2").withLabel("clicks")),
                Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T09:30:00Z"), Extras.NONE);
        return JourneyFile.of(map);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A valid file with one stage, one lane and one card; {@code cardExtra} is spliced into the card. */
    static String minimalFile(String cardExtra) {
        return """
                {
                  "format": "masa-journey",
                  "version": 1,
                  "maps": [
                    {
                      "id": "m",
                      "scale": { "min": -2, "labels": ["a", "b", "c", "d", "e"] },
                      "stages": [ { "id": "s" } ],
                      "lanes": [ { "id": "l" } ],
                      "cards": [ { "id": "c", "stage": "s", "lane": "l"%s } ]
                    }
                  ]
                }
                """.formatted(cardExtra);
    }
}
