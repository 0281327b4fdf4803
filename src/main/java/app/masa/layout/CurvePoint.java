package app.masa.layout;

/** A touchpoint's place on the emotion curve. */
public record CurvePoint(String cardId, Point at, int score, Rgba color) {
}
