package app.masa.model;

/**
 * The free-text questions the method asks of every touchpoint, in the order the guided form shows
 * them. The other questions of the form have typed answers elsewhere: the channel on the card,
 * presence, facing and owner in {@link TouchpointDetails}, and where the customer comes from and
 * goes next in the map's connections.
 */
public enum TouchpointQuestion {
    /** What the customer expects here. */
    EXPECTATION,
    /** How we exceed that expectation. */
    EXCEED,
    /** Which values and emotions we want to convey. */
    VALUES,
    /** How we look from the customer's side at this moment. */
    CUSTOMER_VIEW,
    /** Which technical or other difficulties may arise. */
    DIFFICULTIES,
    /** How we tailor the moment to this customer. */
    TAILORING,
    /** How we create anticipation for what comes next. */
    ANTICIPATION,
    /** For a delivery: what we add to it and what it will say. */
    DELIVERY_EXTRAS,
    /** Anything else; a place for notes, not a question, so it is never counted as open. */
    NOTES;

    /**
     * Whether the form asks this question of a touchpoint on this channel: notes are never a
     * question, and the delivery question is asked of deliveries only.
     */
    public boolean isAskedFor(Channel channel) {
        return switch (this) {
            case NOTES -> false;
            case DELIVERY_EXTRAS -> channel == Channel.DELIVERY;
            default -> true;
        };
    }
}
