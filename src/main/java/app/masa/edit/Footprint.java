package app.masa.edit;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.Extras;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.List;

/**
 * Rough sizes, in bytes, of the model objects a command keeps alive, for the history's memory
 * budget. They count an object header and its fields and strings at two bytes a character: close
 * enough to cap memory, cheap enough to compute for every edit.
 */
final class Footprint {
    private static final long HEADER = 16;
    /** A reference or a small value, as in a heap with compressed references. */
    private static final long FIELD = 4;

    private Footprint() {
    }

    static long of(Card c) {
        return HEADER + 12 * FIELD + text(c.title()) + text(c.body()) + texts(c.tags()) + picture(c)
                + extras(c.extras());
    }

    /** A picture's text is Latin-1, one byte a character; it dwarfs everything else on its card. */
    private static long picture(Card c) {
        return c.picture() == null ? 0 : HEADER + c.picture().image().length();
    }

    /**
     * What replacing a card keeps alive: the old card, but not the texts it shares with the new
     * one (moving a card or renumbering a cell copies the card and keeps its strings).
     */
    static long replaced(Card before, Card after) {
        long bytes = HEADER + 12 * FIELD + extras(before.extras());
        bytes += before.title() == after.title() ? 0 : text(before.title());
        bytes += before.body() == after.body() ? 0 : text(before.body());
        bytes += before.tags() == after.tags() ? 0 : texts(before.tags());
        bytes += before.picture() == null || after.picture() != null
                && before.picture().image() == after.picture().image() ? 0 : picture(before);
        return bytes;
    }

    static long of(Stage s) {
        return HEADER + 6 * FIELD + text(s.name()) + text(s.description()) + extras(s.extras());
    }

    static long of(Lane l) {
        return HEADER + 7 * FIELD + text(l.title()) + extras(l.extras());
    }

    static long of(Connection c) {
        return HEADER + 5 * FIELD + text(c.label()) + extras(c.extras());
    }

    static long of(Persona p) {
        return HEADER + 8 * FIELD + text(p.name()) + text(p.role()) + text(p.quote()) + texts(p.goals())
                + texts(p.needs()) + texts(p.frustrations()) + extras(p.extras());
    }

    static long of(JourneyMap m) {
        long bytes = HEADER + 14 * FIELD + text(m.title()) + text(m.scenario()) + texts(m.scale().labels());
        for (Card c : m.cards()) {
            bytes += of(c) + FIELD;
        }
        for (Stage s : m.stages()) {
            bytes += of(s) + FIELD;
        }
        for (Lane l : m.lanes()) {
            bytes += of(l) + FIELD;
        }
        for (Connection c : m.connections()) {
            bytes += of(c) + FIELD;
        }
        for (Persona p : m.personas()) {
            bytes += of(p) + FIELD;
        }
        return bytes;
    }

    static long text(String s) {
        return s == null || s.isEmpty() ? 0 : 40 + 2L * s.length();
    }

    private static long texts(List<String> strings) {
        long bytes = strings.isEmpty() ? 0 : HEADER + FIELD * strings.size();
        for (String s : strings) {
            bytes += text(s);
        }
        return bytes;
    }

    private static long extras(Extras extras) {
        return extras.isEmpty() ? 0 : 64L * extras.values().size();
    }
}
