package app.masa.edit;

/**
 * One thing to take from another version of a map, by id: its record replaces ours, is added when
 * we have none, or ours goes when the other version has none.
 */
public record Take(VersionPart part, String id) {
}
