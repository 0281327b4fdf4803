package app.masa.model;

/**
 * What makes an opportunity card a decision: its impact and effort on a 1–5 scale, who owns it,
 * where it stands, and the pain point or gap it answers (a card of the same map).
 *
 * @param impact 1 (little) to 5 (much), or null when not judged yet
 * @param effort 1 (little) to 5 (much), or null when not judged yet
 * @param answers the id of the card it answers, or null
 */
public record OpportunityDetails(Integer impact, Integer effort, String owner, OpportunityStatus status,
                                 String answers, Extras extras) {
    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final OpportunityDetails EMPTY = new OpportunityDetails(null, null, null, null, null, Extras.NONE);

    public OpportunityDetails {
        checkRange("impact", impact);
        checkRange("effort", effort);
        owner = owner == null || owner.isBlank() ? null : owner;
        answers = answers == null || answers.isBlank() ? null : answers;
        extras = extras == null ? Extras.NONE : extras;
    }

    private static void checkRange(String name, Integer value) {
        if (value != null && (value < MIN || value > MAX)) {
            throw new IllegalArgumentException(name + " runs from " + MIN + " to " + MAX + ", not " + value);
        }
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Whether it can stand in the impact × effort matrix. */
    public boolean isScored() {
        return impact != null && effort != null;
    }

    public OpportunityDetails withImpact(Integer v) { return new OpportunityDetails(v, effort, owner, status, answers, extras); }
    public OpportunityDetails withEffort(Integer v) { return new OpportunityDetails(impact, v, owner, status, answers, extras); }
    public OpportunityDetails withOwner(String v) { return new OpportunityDetails(impact, effort, v, status, answers, extras); }
    public OpportunityDetails withStatus(OpportunityStatus v) { return new OpportunityDetails(impact, effort, owner, v, answers, extras); }
    public OpportunityDetails withAnswers(String v) { return new OpportunityDetails(impact, effort, owner, status, v, extras); }
}
