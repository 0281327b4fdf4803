package app.masa.model;

/** Who or what faces the customer at a touchpoint. */
public enum Facing {
    AD,
    BOT,
    REPRESENTATIVE,
    SELF_SERVICE
}
