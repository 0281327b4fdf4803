package app.masa.model;

/**
 * One line of a dot vote's tally.
 *
 * @param rank 1 for the most dots; cards with as many dots share a rank (1, 1, 3)
 */
public record VoteCount(String cardId, int dots, int rank) {
}
