package app.masa.ui.workshop;

import app.masa.ui.canvas.FxSurface;
import app.masa.layout.AwtTextMeasurer;
import app.masa.layout.CardBox;
import app.masa.layout.FontRole;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Rect;
import app.masa.layout.Rgba;
import app.masa.layout.TextLine;
import app.masa.model.DotVote;

/**
 * The dots of a vote, drawn on the cards like sticky dots on paper: a row along the card's top edge
 * from its reading end, and past {@value #MAX_SHOWN} dots one big dot with the count in it.
 */
final class DotMarks {
    static final Rgba DOT = Rgba.hex("#6d28d9");
    private static final Rgba RING = Rgba.WHITE;
    private static final int MAX_SHOWN = 5;
    private static final double RADIUS = 7;
    private static final double GAP = 4;

    private DotMarks() {
    }

    static void paint(FxSurface surface, MapLayout layout, DotVote vote) {
        if (vote == null || vote.dots().isEmpty()) {
            return;
        }
        boolean rtl = layout.direction().isRightToLeft();
        for (CardBox card : layout.cards()) {
            int dots = vote.dotsOn(card.cardId());
            if (dots > 0) {
                paint(surface, card.bounds(), dots, rtl);
            }
        }
    }

    private static void paint(FxSurface surface, Rect card, int dots, boolean rtl) {
        double y = card.y();
        double step = 2 * RADIUS + GAP;
        double start = rtl ? card.x() + RADIUS + 6 : card.maxX() - RADIUS - 6;
        double direction = rtl ? 1 : -1;
        if (dots > MAX_SHOWN) {
            double big = RADIUS * 1.6;
            Point c = new Point(start + direction * (big - RADIUS), y);
            surface.fillCircle(c, big + 2, RING);
            surface.fillCircle(c, big, DOT);
            String count = Integer.toString(dots);
            double size = surface.typography().size(FontRole.SMALL);
            double width = AwtTextMeasurer.shared().width(count, false, size);
            surface.text(new TextLine(count, FontRole.SMALL, c.x() - width / 2, c.y() + size * 0.36, width, false), RING);
            return;
        }
        for (int i = 0; i < dots; i++) {
            Point c = new Point(start + direction * i * step, y);
            surface.fillCircle(c, RADIUS + 2, RING);
            surface.fillCircle(c, RADIUS, DOT);
        }
    }
}
