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
}
