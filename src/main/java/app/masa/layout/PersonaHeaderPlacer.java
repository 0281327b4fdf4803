package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.Channel;
import app.masa.model.Persona;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Places each persona's header above the map: the photo (or initials) at the reading start, then
 * name, role, quote and channels, then compact columns of goals, needs and frustrations. The
 * panel spans the map's width, so it reads as the map's subject rather than one of its cards.
 */
final class PersonaHeaderPlacer {
    static final double PHOTO = 64;
    private static final double PAD = 12;
    private static final double GAP = 18;
    private static final double IDENTITY_WIDTH = 300;
    private static final double PANEL_GAP = 8;
    private static final double GAP_BELOW = 16;

    private final TextPlacer text;
    private final Mirror mirror;
    private final Locale locale;

    PersonaHeaderPlacer(TextPlacer text, Mirror mirror, Locale locale) {
        this.text = text;
        this.mirror = mirror;
        this.locale = locale;
    }

    /** The placed headers and the y where the map can start below them. */
    record Placed(List<PersonaBox> boxes, double bottom) {
    }

    Placed place(List<Persona> personas, double left, double right, double top) {
        List<PersonaBox> boxes = new ArrayList<>();
        double y = top;
        for (Persona p : personas) {
            PersonaBox box = placeOne(p, left, right, y);
            boxes.add(box);
            y = box.bounds().maxY() + PANEL_GAP;
        }
        return new Placed(boxes, boxes.isEmpty() ? top : y - PANEL_GAP + GAP_BELOW);
    }

    private PersonaBox placeOne(Persona p, double left, double right, double top) {
        double inner = top + PAD;
        Rect photo = span(left + PAD, inner, PHOTO, PHOTO);
        TextLine initials = initials(p.name(), photo);
        byte[] image = EmbeddedImages.bytes(p.photo());

        List<TextLine> lines = new ArrayList<>();
        double idLeft = left + PAD + PHOTO + PAD;
        double idWidth = Math.min(IDENTITY_WIDTH, Math.max(120, (right - idLeft - PAD) * 0.34));
        double y = inner;
        y = column(lines, p.name(), FontRole.STAGE_NAME, idLeft, idWidth, y);
        y = column(lines, p.role(), FontRole.CARD_BODY, idLeft, idWidth, y);
        if (!p.quote().isBlank()) {
            y = column(lines, Messages.get(locale, "layout.persona.quote", p.quote().strip()), FontRole.SUBTITLE,
                    idLeft, idWidth, y + 2);
        }
        if (!p.channels().isEmpty()) {
            y = column(lines, Messages.get(locale, "layout.persona.channels", channels(p.channels())), FontRole.SMALL,
                    idLeft, idWidth, y + 2);
        }
        double bottom = Math.max(inner + PHOTO, y);

        List<TextLine> headings = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        addList(keys, lists, "layout.persona.goals", p.goals());
        addList(keys, lists, "layout.persona.needs", p.needs());
        addList(keys, lists, "layout.persona.frustrations", p.frustrations());
        if (!lists.isEmpty()) {
            double colsLeft = idLeft + idWidth + GAP;
            double colWidth = (right - PAD - colsLeft - GAP * (lists.size() - 1)) / lists.size();
            if (colWidth >= 80) {
                for (int i = 0; i < lists.size(); i++) {
                    double x = colsLeft + i * (colWidth + GAP);
                    double cy = column(headings, Messages.get(locale, keys.get(i)), FontRole.LANE_TITLE, x, colWidth, inner);
                    for (String item : lists.get(i)) {
                        cy = column(lines, "\u2022 " + item.strip(), FontRole.CARD_BODY, x, colWidth, cy + 1);
                    }
                    bottom = Math.max(bottom, cy);
                }
            }
        }
        Rect bounds = span(left, top, right - left, bottom + PAD - top);
        return new PersonaBox(p.id(), bounds, photo, image, initials, headings, lines);
    }

    private static void addList(List<String> keys, List<List<String>> lists, String key, List<String> items) {
        List<String> shown = items.stream().filter(s -> !s.isBlank()).toList();
        if (!shown.isEmpty()) {
            keys.add(key);
            lists.add(shown);
        }
    }

    /** Wraps a text into a column given in reading-order coordinates; returns the y below it. */
    private double column(List<TextLine> into, String s, FontRole role, double logicalLeft, double width, double y) {
        if (s == null || s.isBlank()) {
            return y;
        }
        Rect r = span(logicalLeft, y, width, 1);
        WrappedText wrapped = text.wrapper().wrap(s, role, width);
        into.addAll(text.place(s, wrapped, role, r.x(), r.maxX(), y, TextPlacer.Align.START));
        return y + text.height(wrapped, role);
    }

    private Rect span(double logicalLeft, double y, double w, double h) {
        return mirror.rect(logicalLeft, y, w, h);
    }

    private TextLine initials(String name, Rect photo) {
        String initials = Initials.of(name, 2);
        double w = text.wrapper().width(initials, FontRole.STAGE_NAME);
        return text.single(initials, FontRole.STAGE_NAME, photo.centerX() - w / 2,
                photo.centerY() - text.lineHeight(FontRole.STAGE_NAME) / 2);
    }

    private String channels(List<Channel> channels) {
        List<String> names = new ArrayList<>();
        channels.forEach(c -> names.add(ChannelNames.of(c, locale)));
        return String.join(" \u00b7 ", names);
    }
}
