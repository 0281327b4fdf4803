package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/** Moves placed geometry up or down: cheaper than placing it again when a lane above grew. */
final class Shift {
    private Shift() {
    }

    static CardBox card(CardBox c, double dy) {
        CardMarks m = c.marks();
        CardMarks marks = new CardMarks(m.type(), m.boxed(), m.channel(), rect(m.channelBadge(), dy),
                line(m.channelLabel(), dy), m.score(), rect(m.scoreBadge(), dy), line(m.scoreLabel(), dy), m.scoreColor());
        return new CardBox(c.cardId(), c.stageId(), c.laneId(), rect(c.bounds(), dy), lines(c.titleLines(), dy),
                lines(c.bodyLines(), dy), c.fill(), c.accent(), rect(c.handle(), dy), marks);
    }

    private static Rect rect(Rect r, double dy) {
        return r == null ? null : new Rect(r.x(), r.y() + dy, r.width(), r.height());
    }

    private static TextLine line(TextLine l, double dy) {
        return l == null ? null : new TextLine(l.text(), l.role(), l.x(), l.baseline() + dy, l.width(), l.rightToLeft());
    }

    private static List<TextLine> lines(List<TextLine> lines, double dy) {
        List<TextLine> moved = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            moved.add(line(l, dy));
        }
        return moved;
    }
}
