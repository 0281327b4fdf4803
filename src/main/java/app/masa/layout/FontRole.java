package app.masa.layout;

/** The few kinds of text on a map; the style gives each a size and weight. */
public enum FontRole {
    MAP_TITLE,
    SUBTITLE,
    STAGE_NAME,
    LANE_TITLE,
    CARD_TITLE,
    CARD_BODY,
    SMALL,
    /** The map seen from afar ({@link MapSummary}): names and titles as large as their boxes allow. */
    SUMMARY_LARGE,
    SUMMARY_MEDIUM,
    SUMMARY_SMALL;

    /** The names and titles a reader looks for first, which stay text longest as a map gets smaller. */
    public boolean isHeading() {
        return this != SUBTITLE && this != CARD_BODY && this != SMALL;
    }
}
