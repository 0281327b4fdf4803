package app.masa.model;

/** What a lane holds: cards, a free-text band, or the emotion curve drawn through the touchpoints. */
public enum LaneKind {
    CARDS,
    TEXT,
    EMOTION
}
