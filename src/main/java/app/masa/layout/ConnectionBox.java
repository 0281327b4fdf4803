package app.masa.layout;

/** An arrow between two cards: its curve, its head, and its label (null when it has none). */
public record ConnectionBox(String connectionId, String fromCardId, String toCardId, PathShape path,
                            PathShape arrowHead, Point labelAnchor, TextLine label) {
}
