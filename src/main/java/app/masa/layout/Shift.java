package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/** Moves placed geometry up or down: cheaper than placing it again when a lane above grew. */
final class Shift {
    private Shift() {
    }

    static CardBox card(CardBox c, double dy) {
        CardMarks m = c.marks();
        List<CardBadge> badges = new ArrayList<>(m.badges().size());
        for (CardBadge b : m.badges()) {
            badges.add(new CardBadge(b.kind(), rect(b.bounds(), dy), line(b.label(), dy), b.fill(), b.ink()));
        }
        VoteDots votes = m.votes() == null ? null : new VoteDots(m.votes().count(), points(m.votes().dots(), dy),
                m.votes().radius(), line(m.votes().label(), dy));
        CardMarks marks = new CardMarks(m.type(), m.boxed(), m.channel(), rect(m.channelBadge(), dy),
                line(m.channelLabel(), dy), m.score(), rect(m.scoreBadge(), dy), line(m.scoreLabel(), dy), m.scoreColor(),
                badges, votes, m.gap(), m.gapFlagged(), m.assumption());
        return new CardBox(c.cardId(), c.stageId(), c.laneId(), rect(c.bounds(), dy), lines(c.titleLines(), dy),
                lines(c.bodyLines(), dy), c.fill(), c.accent(), rect(c.handle(), dy), marks,
                c.picture() == null ? null : c.picture().moved(dy));
    }

    private static List<Point> points(List<Point> points, double dy) {
        List<Point> moved = new ArrayList<>(points.size());
        points.forEach(p -> moved.add(new Point(p.x(), p.y() + dy)));
        return moved;
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
