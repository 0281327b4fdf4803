package app.masa.model;

/**
 * What a merge conflict is about: the map's own settings, its vote, or one element of a list. Each
 * kind names the record that holds the other version of such a thing.
 */
public enum ConflictKind {
    MAP(JourneyMap.class),
    PERSONA(Persona.class),
    STAGE(Stage.class),
    LANE(Lane.class),
    CARD(Card.class),
    CONNECTION(Connection.class),
    CONVERSION_PATH(ConversionPath.class),
    VOTE(DotVote.class);

    private final Class<? extends Record> type;

    ConflictKind(Class<? extends Record> type) {
        this.type = type;
    }

    /** The record of the other version: a {@link Card} for a card, a {@link JourneyMap} for the map's settings. */
    public Class<? extends Record> type() {
        return type;
    }
}
