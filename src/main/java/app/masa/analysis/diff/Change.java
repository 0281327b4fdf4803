package app.masa.analysis.diff;

import java.util.List;

/**
 * One difference between two versions of a journey file, as a person would say it: what kind of
 * thing, which one (by id and by name), and what happened to it.
 *
 * @param map the title of the map it belongs to (the later version's, when both have it)
 * @param name the thing's name or title, the later version's when it still exists
 * @param from what it was, for moves, scores and renames; empty otherwise
 * @param to what it became, for moves and scores; for a change of other fields, their names
 */
public record Change(String map, Kind kind, Element element, String id, String name, String from, String to) {

    /** What happened. */
    public enum Kind { ADDED, REMOVED, MOVED, RESCORED, RENAMED, TEXT_CHANGED, CHANGED }

    /** What it happened to. */
    public enum Element { MAP, STAGE, LANE, CARD, CONNECTION, PERSONA, PATH, VOTE }

    public Change {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
    }

    static Change of(String map, Kind kind, Element element, String id, String name) {
        return new Change(map, kind, element, id, name, "", "");
    }

    /** The names of changed fields, joined as the {@code to} of a {@link Kind#CHANGED}. */
    static String fields(List<String> names) {
        return String.join(", ", names);
    }
}
