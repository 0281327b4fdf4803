package app.masa.layout;

/** The few kinds of text on a map; the style gives each a size and weight. */
public enum FontRole {
    MAP_TITLE,
    SUBTITLE,
    STAGE_NAME,
    LANE_TITLE,
    CARD_TITLE,
    CARD_BODY,
    SMALL
}
