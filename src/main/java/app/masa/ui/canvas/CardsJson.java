package app.masa.ui.canvas;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Kebab;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Cards on the clipboard: a plain JSON array of their content (no ids or places, which the paste
 * gives them), spelled like the file format so another Masa window, or a person, can read it.
 */
final class CardsJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CARDS = 10_000;

    private CardsJson() {
    }

    static String write(List<Card> cards) {
        ArrayNode array = JSON.createArrayNode();
        for (Card c : cards) {
            ObjectNode o = array.addObject();
            o.put("title", c.title());
            if (!c.body().isEmpty()) {
                o.put("body", c.body());
            }
            o.put("type", Kebab.of(c.type()));
            if (c.channel() != null) {
                o.put("channel", Kebab.of(c.channel()));
            }
            if (c.score() != null) {
                o.put("score", c.score());
            }
            if (!c.tags().isEmpty()) {
                ArrayNode tags = o.putArray("tags");
                c.tags().forEach(tags::add);
            }
            if (c.color() != null) {
                o.put("color", c.color());
            }
        }
        return array.toString();
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
            if (app.masa.layout.Rgba.isHex(color)) {
                c = c.withColor(color);
            }
            cards.add(c);
        }
        return cards;
    }

    /** One title per line, for pasting into any other program. */
    static String plainText(List<Card> cards) {
        StringBuilder text = new StringBuilder();
        for (Card c : cards) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(c.title().replace('\n', ' '));
        }
        return text.toString();
    }
}
