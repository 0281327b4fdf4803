package app.masa.model;

import java.util.List;
import java.util.Objects;

/**
 * A sticky note in one cell (stage × lane) of the map.
 *
 * @param order position inside its cell, 0 first
 * @param score emotion score on the map's scale, or null when not rated
 * @param color "#RRGGBB", or null for the colour of its type
 */
public record Card(String id, String stageId, String laneId, int order, String title, String body,
                   CardType type, Channel channel, Integer score, List<String> tags, String color,
                   Extras extras) {
    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(laneId, "laneId");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        type = type == null ? CardType.NOTE : type;
        tags = tags == null ? List.of() : List.copyOf(tags);
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Card of(String id, String stageId, String laneId, int order, CardType type, String title) {
        return new Card(id, stageId, laneId, order, title, "", type, null, null, List.of(), null, Extras.NONE);
    }

    public boolean isIn(String stage, String lane) {
        return stageId.equals(stage) && laneId.equals(lane);
    }

    public Card withPlace(String s, String l, int o) { return new Card(id, s, l, o, title, body, type, channel, score, tags, color, extras); }
    public Card withOrder(int o) { return new Card(id, stageId, laneId, o, title, body, type, channel, score, tags, color, extras); }
    public Card withTitle(String v) { return new Card(id, stageId, laneId, order, v, body, type, channel, score, tags, color, extras); }
    public Card withBody(String v) { return new Card(id, stageId, laneId, order, title, v, type, channel, score, tags, color, extras); }
    public Card withType(CardType v) { return new Card(id, stageId, laneId, order, title, body, v, channel, score, tags, color, extras); }
    public Card withChannel(Channel v) { return new Card(id, stageId, laneId, order, title, body, type, v, score, tags, color, extras); }
    public Card withScore(Integer v) { return new Card(id, stageId, laneId, order, title, body, type, channel, v, tags, color, extras); }
    public Card withTags(List<String> v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, v, color, extras); }
    public Card withColor(String v) { return new Card(id, stageId, laneId, order, title, body, type, channel, score, tags, v, extras); }
    public Card withId(String v) { return new Card(v, stageId, laneId, order, title, body, type, channel, score, tags, color, extras); }
}
