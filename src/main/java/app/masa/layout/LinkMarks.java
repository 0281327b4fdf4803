package app.masa.layout;

import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the designer shows that a card or stage leads to another journey: a pill straddling its
 * bottom edge at the reading start, naming where it leads ("↗ SMS flow"). A click on it follows the link.
 */
public final class LinkMarks {
    private static final double HEIGHT = 18;
    private static final double PAD = 6;
    private static final double INSET = 8;
    private static final int MAX_NAME = 22;
    private static final Rgba FILL = Rgba.hex("#0f766e");
    private static final Rgba INK = Rgba.hex("#ffffff");

    private LinkMarks() {
    }

    /** A mark: the link, its box, and its words. */
    public record Mark(JourneyLink link, Rect bounds, TextLine label) {
    }

    public static List<Mark> of(MapLayout layout, JourneyMap map, java.util.function.Function<JourneyLink, String> name) {
        List<Mark> marks = new ArrayList<>();
        List<JourneyLink> links = map.standingLinks();
        if (links.isEmpty()) {
            return marks;
        }
        boolean rtl = layout.direction().isRightToLeft();
        double size = layout.style().typography().size(FontRole.SMALL);
        for (JourneyLink link : links) {
            Rect on = layout.boundsOf(link.source()).orElse(null);
            if (on == null) {
                continue;
            }
            // The arrow leans the way the map reads.
            String text = (rtl ? "↖ " : "↗ ") + shortened(name.apply(link));
            double textWidth = FontTableMeasurer.shared().width(text, FontFace.REGULAR, size);
            double width = textWidth + 2 * PAD;
            // At the reading start: the reading end of the card below carries its comment count.
            double x = rtl ? on.maxX() - INSET - width : on.x() + INSET;
            double y = on.maxY() - HEIGHT / 2;
            double baseline = y + HEIGHT / 2 + size * 0.35;
            marks.add(new Mark(link, new Rect(x, y, width, HEIGHT),
                    new TextLine(text, FontRole.SMALL, x + PAD, baseline, textWidth, rtl)));
        }
        return marks;
    }

    /** A teal pill with white words, on the canvas and in every export alike. */
    public static void paint(Mark mark, Surface surface) {
        surface.fillRect(mark.bounds(), mark.bounds().height() / 2, FILL);
        surface.text(mark.label(), INK);
    }

    private static String shortened(String name) {
        String line = name.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_NAME ? line.substring(0, MAX_NAME - 1) + "…" : line;
    }
}
