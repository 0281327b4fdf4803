package app.masa.layout;

/**
 * One small pill on a card besides the channel and the score: presence, owner, open questions,
 * conversion rate, a flagged gap between expectation and experience, or a merge conflict left on the card.
 *
 * @param fill the pill's background
 * @param ink the colour of its label
 */
public record CardBadge(Kind kind, Rect bounds, TextLine label, Rgba fill, Rgba ink) {
    /** What a badge tells, so the canvas can explain it in a tooltip. */
    public enum Kind { CONFLICT, PRESENCE, OWNER, OPEN_QUESTIONS, CONVERSION, GAP }
}
