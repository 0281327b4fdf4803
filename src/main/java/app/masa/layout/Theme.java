package app.masa.layout;

/** How a map is dressed: the light and dark screen looks, and a high-contrast look for a projector. */
public enum Theme {
    LIGHT,
    DARK,
    /** Larger text, thicker lines and stronger contrast, to read from the back of a room. */
    PROJECTOR
}
