package app.masa.model;

/**
 * The face a brand sets its map titles in: Rubik, the face of every other text on a map, or a book
 * serif (Frank Ruhl Libre) that sets a title apart as a business's own. Both have Latin and Hebrew.
 */
public enum TitleTypeface {
    RUBIK,
    FRANK_RUHL_LIBRE
}
