package app.masa.layout;

/**
 * Where another version of the map differs from the one laid out, placed on this layout: a card
 * the other version adds (a ghost where it would stand), one it removes or changes (our card's own
 * box), the place a moved card would go, a stage or lane header, or an arrow's path.
 *
 * @param title the card's title as the other version has it, on one line, for a ghost; else null
 * @param path an arrow's path, for connections; else null
 */
public record VersionMark(Kind kind, Thing thing, String id, Rect bounds, TextLine title, PathShape path) {

    /** What the other version does to it. */
    public enum Kind { ADDED, REMOVED, CHANGED, MOVED_TO }

    /** What it is. */
    public enum Thing { CARD, STAGE, LANE, CONNECTION }
}
