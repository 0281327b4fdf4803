package app.masa.layout;

/**
 * A card's text measured for a width but not yet placed: what decides its height. Cached so that
 * re-laying out a large map only measures the cards that changed.
 */
record CardContent(WrappedText title, WrappedText body, String channelLabel, double channelLabelWidth,
                   String scoreLabel, double scoreLabelWidth, double height) {
}
