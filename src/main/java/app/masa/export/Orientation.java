package app.masa.export;

/** Which way the paper is turned; AUTO turns it to match the map's shape. */
public enum Orientation {
    AUTO,
    PORTRAIT,
    LANDSCAPE
}
