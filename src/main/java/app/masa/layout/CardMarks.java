package app.masa.layout;

import app.masa.model.CardType;
import app.masa.model.Channel;
import java.util.List;

/**
 * The small things on a card besides its text: the type, the channel badge and the score badge,
 * then the touchpoint badges, the vote dots and the gap flag.
 *
 * @param boxed false for cards in a text lane, which read as plain text without a card behind them
 * @param channelBadge the channel pill, or null when the card has no channel
 * @param scoreBadge the score pill, or null when the card is not rated
 * @param badges presence, owner, open questions, conversion rate and gap, in reading order
 * @param votes the vote dots, or null when the card has none
 * @param gap experience minus expectation when both are rated, else null
 * @param gapFlagged whether the gap reaches the map's threshold
 */
public record CardMarks(CardType type, boolean boxed, Channel channel, Rect channelBadge, TextLine channelLabel,
                        Integer score, Rect scoreBadge, TextLine scoreLabel, Rgba scoreColor, List<CardBadge> badges,
                        VoteDots votes, Integer gap, boolean gapFlagged, boolean assumption) {
    public static final CardMarks NONE = new CardMarks(CardType.NOTE, true, null, null, null, null, null, null, null);

    public CardMarks {
        badges = badges == null ? List.of() : List.copyOf(badges);
    }

    /**
     * @param assumption the card is an assumption still to check: its border is dashed, also when a map
     *                   zoomed out leaves its badges off
     */
    public CardMarks(CardType type, boolean boxed, Channel channel, Rect channelBadge, TextLine channelLabel,
                     Integer score, Rect scoreBadge, TextLine scoreLabel, Rgba scoreColor, List<CardBadge> badges,
                     VoteDots votes, Integer gap, boolean gapFlagged) {
        this(type, boxed, channel, channelBadge, channelLabel, score, scoreBadge, scoreLabel, scoreColor, badges, votes,
                gap, gapFlagged, false);
    }

    public CardMarks(CardType type, boolean boxed, Channel channel, Rect channelBadge, TextLine channelLabel,
                     Integer score, Rect scoreBadge, TextLine scoreLabel, Rgba scoreColor) {
        this(type, boxed, channel, channelBadge, channelLabel, score, scoreBadge, scoreLabel, scoreColor, List.of(),
                null, null, false, false);
    }
}
