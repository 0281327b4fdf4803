package app.masa.model;

/**
 * What a lane holds: cards, a free-text band, the emotion curve drawn through the touchpoints, or a
 * storyboard (its cards are picture frames with a caption: what the customer sees at each stage).
 */
public enum LaneKind {
    CARDS,
    TEXT,
    EMOTION,
    STORYBOARD
}
