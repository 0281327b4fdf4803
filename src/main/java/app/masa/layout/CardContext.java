package app.masa.layout;

/**
 * What a card's look depends on besides the card itself: the map's vote, gap threshold and merge conflicts.
 * Part of every cache key, so that a new dot or a new threshold shows at once.
 *
 * @param votes the dots the map's vote put on the card (0 without a vote)
 * @param gapThreshold how far apart expectation and experience must be for the card to be flagged
 * @param conflicted whether a merge left a conflict on the card
 */
record CardContext(int votes, int gapThreshold, boolean conflicted) {
}
