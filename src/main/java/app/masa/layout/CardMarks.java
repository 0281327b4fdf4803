package app.masa.layout;

import app.masa.model.CardType;
import app.masa.model.Channel;

/**
 * The small things on a card besides its text: the type, the channel badge and the score badge.
 *
 * @param boxed false for cards in a text lane, which read as plain text without a card behind them
 * @param channelBadge the channel pill, or null when the card has no channel
 * @param scoreBadge the score pill, or null when the card is not rated
 */
public record CardMarks(CardType type, boolean boxed, Channel channel, Rect channelBadge, TextLine channelLabel,
                        Integer score, Rect scoreBadge, TextLine scoreLabel, Rgba scoreColor) {
    public static final CardMarks NONE = new CardMarks(CardType.NOTE, true, null, null, null, null, null, null, null);
}
