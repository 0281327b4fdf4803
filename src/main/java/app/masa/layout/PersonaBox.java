package app.masa.layout;

import java.util.List;

/**
 * A persona's header above the map: a panel with the photo (or initials), name, role, quote and
 * channels, then compact columns of goals, needs and frustrations.
 *
 * @param photo where the photo or the initials go
 * @param image the photo's PNG or JPEG bytes, or null to show the initials
 * @param initials the placeholder's text, centred in {@code photo}
 * @param headings the column headings (goals, needs, frustrations)
 * @param lines everything else, each with a font role that tells the painter its colour
 */
public record PersonaBox(String personaId, Rect bounds, Rect photo, byte[] image, TextLine initials,
                         List<TextLine> headings, List<TextLine> lines) {
    public PersonaBox {
        headings = List.copyOf(headings);
        lines = List.copyOf(lines);
    }
}
