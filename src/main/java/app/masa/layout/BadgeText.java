package app.masa.layout;

/** A badge's text measured but not yet placed; {@code votes} is set for the vote-dots item. */
record BadgeText(CardBadge.Kind kind, String text, double width, int votes) {
    static final int MAX_DOTS = 5;
    static final double DOT_RADIUS = 2.6;
    static final double DOT_STEP = 7;

    boolean isVotes() {
        return kind == null;
    }

    /** The room the label (and, for votes, the dots before it) takes inside the pill. */
    double contentWidth() {
        return isVotes() ? Math.min(votes, MAX_DOTS) * DOT_STEP + 2 + width : width;
    }
}
