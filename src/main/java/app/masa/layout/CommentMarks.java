package app.masa.layout;

import app.masa.model.CommentThread;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the designer shows that a card, stage or lane has open comments: a small count straddling
 * its top edge at the reading end, clear of the title. Resolved threads show nothing. Only the
 * designer's canvas draws these; the presentation and the exports leave conversations out.
 */
public final class CommentMarks {
    private static final double HEIGHT = 18;
    private static final double PAD = 5;
    private static final double INSET = 8;

    private CommentMarks() {
    }

    /** A mark: its box, and the number of remarks written in it. */
    public record Mark(String target, Rect bounds, TextLine count) {
    }

    public static List<Mark> of(MapLayout layout, JourneyMap map) {
        Map<String, Integer> open = new LinkedHashMap<>();
        for (CommentThread thread : map.comments()) {
            if (!thread.resolved() && !thread.comments().isEmpty()) {
                open.merge(thread.target(), thread.comments().size(), Integer::sum);
            }
        }
        List<Mark> marks = new ArrayList<>();
        if (open.isEmpty()) {
            return marks;
        }
        boolean rtl = layout.direction().isRightToLeft();
        Typography type = layout.style().typography();
        open.forEach((target, count) -> layout.boundsOf(target)
                .ifPresent(on -> marks.add(mark(target, count, on, rtl, type))));
        return marks;
    }

    private static Mark mark(String id, int count, Rect on, boolean rtl, Typography type) {
        String text = String.valueOf(count);
        double size = type.size(FontRole.CARD_BODY);
        double textWidth = FontTableMeasurer.shared().width(text, FontFace.REGULAR, size);
        double width = Math.max(HEIGHT + 4, textWidth + 2 * PAD);
        double x = rtl ? on.x() + INSET : on.maxX() - INSET - width;
        double y = on.y() - HEIGHT / 2;
        Rect bounds = new Rect(x, y, width, HEIGHT);
        double baseline = y + HEIGHT / 2 + size * 0.35;
        return new Mark(id, bounds, new TextLine(text, FontRole.CARD_BODY, x + (width - textWidth) / 2, baseline,
                textWidth, false));
    }
}
