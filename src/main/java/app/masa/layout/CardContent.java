package app.masa.layout;

import java.util.List;

/**
 * A card's text measured for a width but not yet placed: what decides its height. Cached so that
 * re-laying out a large map only measures the cards that changed.
 *
 * @param badges the badges after the channel (presence, owner, open questions, conversion, gap, votes)
 * @param rows how many rows of badges the card shows (0 without channel, score or badges)
 * @param pictureHeight the height of the picture frame above the text, 0 when the card shows none
 * @param still a storyboard frame: the picture spans the card, without the type's accent strip
 */
record CardContent(WrappedText title, WrappedText body, String channelLabel, double channelLabelWidth,
                   String scoreLabel, double scoreLabelWidth, double height, List<BadgeText> badges, int rows,
                   double pictureHeight, boolean still) {
    CardContent(WrappedText title, WrappedText body, String channelLabel, double channelLabelWidth,
                String scoreLabel, double scoreLabelWidth, double height) {
        this(title, body, channelLabel, channelLabelWidth, scoreLabel, scoreLabelWidth, height, List.of(), 0, 0, false);
    }
}
