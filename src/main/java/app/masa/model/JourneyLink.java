package app.masa.model;

import java.util.Objects;

/**
 * A card or stage that leads to another journey: a map of the same file, or a journey file beside
 * this one (and optionally one of its maps). Links are kept in a list of the map's own, beside the
 * things they start from, like comments: adding one never rewrites a card.
 *
 * @param source the id of the card or stage the link starts from
 * @param map the id of the map it leads to; in this file when {@code file} is null, or in that file
 *            (null: its first map)
 * @param file a path relative to this file's folder, with forward slashes; null for this file
 */
public record JourneyLink(String source, String map, String file, Extras extras) {
    public JourneyLink {
        Objects.requireNonNull(source, "source");
        map = map == null || map.isBlank() ? null : map;
        file = file == null || file.isBlank() ? null : file.replace('\\', '/');
        if (map == null && file == null) {
            throw new IllegalArgumentException("a link leads to a map or to a file");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public static JourneyLink toMap(String source, String mapId) {
        return new JourneyLink(source, mapId, null, Extras.NONE);
    }

    public static JourneyLink toFile(String source, String relativePath, String mapId) {
        return new JourneyLink(source, mapId, relativePath, Extras.NONE);
    }

    public boolean inThisFile() {
        return file == null;
    }

    public JourneyLink withFile(String v) { return new JourneyLink(source, map, v, extras); }
}
