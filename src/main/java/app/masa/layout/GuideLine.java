package app.masa.layout;

/**
 * A service blueprint's horizontal line between two lanes: the line of interaction, of visibility,
 * or of internal interaction, with its name at the reading start.
 */
public record GuideLine(Kind kind, Point from, Point to, TextLine label) {
    public enum Kind { INTERACTION, VISIBILITY, INTERNAL_INTERACTION }
}
