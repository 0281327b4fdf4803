package app.masa.model;

/** Where a touchpoint happens for the customer: on a screen, away from one, or face to face. */
public enum Presence {
    ONLINE,
    OFFLINE,
    IN_PERSON
}
