package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Persona;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The head of a printed map: title, scenario, then persona and date, aligned to the reading start. */
final class TitleBlock {
    private static final double GAP_BELOW = 20;

    private TitleBlock() {
    }

    /** The placed lines, the logo (or null), and the y where the map can start below them. */
    record Placed(List<TextLine> lines, TitleLogo logo, double bottom) {
    }

    /**
     * @param namePersonas false when the persona headers below name them already
     * @param logo the brand's logo, or null; it stands at the reading end and the text makes room
     */
    static Placed place(JourneyMap map, LocalDate date, double left, double right, double top, TextPlacer text,
                        boolean namePersonas, TitleLogo.Sized logo, boolean rtl) {
        Locale locale = Locale.forLanguageTag(map.language());
        List<TextLine> lines = new ArrayList<>();
        TitleLogo placedLogo = null;
        if (logo != null) {
            placedLogo = logo.at(rtl ? left : right - logo.width(), top);
            double room = logo.width() + TitleLogo.GAP;
            left = rtl ? left + room : left;
            right = rtl ? right : right - room;
        }
        double y = top;
        y = add(lines, map.title(), FontRole.MAP_TITLE, left, right, y, text);
        y = add(lines, map.scenario(), FontRole.SUBTITLE, left, right, y, text);
        y = add(lines, details(map, date, locale, namePersonas), FontRole.SUBTITLE, left, right, y, text);
        if (placedLogo != null) {
            y = Math.max(y, placedLogo.bounds().maxY());
        }
        boolean empty = lines.isEmpty() && placedLogo == null;
        return new Placed(lines, placedLogo, empty ? top : y + GAP_BELOW);
    }

    private static double add(List<TextLine> lines, String s, FontRole role, double left, double right, double y,
                              TextPlacer text) {
        if (s == null || s.isBlank()) {
            return y;
        }
        WrappedText wrapped = text.wrapper().wrap(s, role, right - left);
        lines.addAll(text.place(s, wrapped, role, left, right, y, TextPlacer.Align.START));
        return y + text.height(wrapped, role) + (role == FontRole.MAP_TITLE ? 4 : 0);
    }

    /** "Persona: Dana, busy parent · 22 November 2026", in the map's language. */
    static String details(JourneyMap map, LocalDate date, Locale locale, boolean namePersonas) {
        List<String> parts = new ArrayList<>();
        for (Persona p : namePersonas ? map.personas() : List.<Persona>of()) {
            String who = p.role().isBlank() ? p.name() : Messages.get(locale, "layout.persona.role", p.name(), p.role());
            if (!who.isBlank()) {
                parts.add(Messages.get(locale, "layout.persona", who));
            }
        }
        if (date != null) {
            parts.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date));
        }
        return String.join("  \u00b7  ", parts);
    }
}
