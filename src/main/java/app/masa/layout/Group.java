package app.masa.layout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A part of the map a painter opens around what it draws, so that a surface can give the drawing
 * structure: an SVG {@code <g>} with an id and a title, a tagged PDF's structure element with its
 * alternative text. Whatever is drawn outside every group (the page, grid lines) is decoration.
 *
 * @param id the element's id in the file (a card's, a stage's), or empty for parts without one
 * @param label what a person would call it, in the map's language: a stage's name, a card's title
 */
public record Group(Role role, String id, String label) {

    /** The kinds of parts, in the order a reader meets them. */
    public enum Role {
        TITLE, PERSONA, STAGE, METRICS, LANE, CARD, CURVE, GUIDES, CONNECTIONS, CONNECTION;

        /** The lower-case word used in SVG classes and ids ("card", "connection"). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Group {
        id = id == null ? "" : id;
        label = label == null ? "" : label;
    }

    static Group of(Role role, String id, List<TextLine> lines) {
        return new Group(role, id, text(lines));
    }

    /** The lines' words as one string, lines joined by a space. */
    static String text(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).collect(Collectors.joining(" "));
    }
}
