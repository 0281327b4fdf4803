package app.masa.analysis;

import app.masa.model.Card;

/**
 * An opportunity with what speaks for it.
 *
 * @param votes     the dots the workshop gave it
 * @param stageGap  how far experience falls short of expectation at its stage's worst touchpoint, in
 *                  levels of the scale (0 when nothing there disappoints)
 */
public record RankedOpportunity(Card card, int votes, int stageGap) {
    /**
     * Impact minus effort (from −4 to 4), the last tie-breaker: much for little first. Empty while the
     * opportunity has no impact and effort yet; those come after every scored one.
     */
    public java.util.OptionalInt leverage() {
        var o = card.opportunity();
        return o.isScored() ? java.util.OptionalInt.of(o.impact() - o.effort()) : java.util.OptionalInt.empty();
    }
}
