package app.masa.ui.canvas;

import app.masa.layout.Rgba;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Kebab;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Cards as earlier versions of Masa put them on the clipboard: a JSON array of title, body, type,
 * channel, score, tags and colour. Read only, so that cards copied before an update still paste;
 * copying now writes a whole journey file ({@link app.masa.io.CardsFile}).
 */
final class LegacyCardsJson {
    /** The clipboard type those versions used. */
    static final String MIME = "application/x-masa-cards";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CARDS = 10_000;

    private LegacyCardsJson() {
    }

    /**
     * Reads cards from clipboard text; anything that is not such an array gives no cards. The cards
     * get placeholder ids and places: pasting assigns real ones.
     */
    static List<Card> read(String json) {
        List<Card> cards = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return cards;
        }
        if (root == null || !root.isArray()) {
            return cards;
        }
        for (JsonNode n : root) {
            if (!n.isObject() || cards.size() >= MAX_CARDS) {
                continue;
            }
            Card c = Card.of("pasted", "-", "-", 0, Kebab.find(CardType.class, n.path("type").asText()).orElse(CardType.NOTE),
                    n.path("title").asText(""));
            c = c.withBody(n.path("body").asText(""));
            c = c.withChannel(Kebab.parse(Channel.class, n.path("channel").asText()));
            if (n.path("score").isInt()) {
                c = c.withScore(n.path("score").asInt());
            }
            if (n.path("tags").isArray()) {
                List<String> tags = new ArrayList<>();
                n.path("tags").forEach(t -> tags.add(t.asText()));
                c = c.withTags(tags);
            }
            String color = n.path("color").asText(null);
            if (Rgba.isHex(color)) {
                c = c.withColor(color);
            }
            cards.add(c);
        }
        return cards;
    }
}
