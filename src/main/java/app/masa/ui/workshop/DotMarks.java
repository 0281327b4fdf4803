package app.masa.ui.workshop;

import app.masa.layout.CardBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Rgba;
import app.masa.layout.Surface;
import app.masa.layout.VoteDots;

/**
 * The dots of a vote on the presented map, like sticky dots on paper, large enough for the back of
 * the room: where the layout put each card's dots (its {@link VoteDots}), made at least
 * {@value #MIN_DIAMETER_PX} screen pixels across at the presentation's zoom.
 */
final class DotMarks {
    static final Rgba DOT = Rgba.hex("#6d28d9");
    /** The smallest dot, in screen pixels, that reads as a sticker from across a room. */
    static final double MIN_DIAMETER_PX = 18;
    private static final Rgba RING = Rgba.WHITE;

    private DotMarks() {
    }

    /** @param scale screen pixels per layout unit */
    static void paint(Surface surface, MapLayout layout, double scale) {
        boolean rtl = layout.direction().isRightToLeft();
        for (CardBox card : layout.cards()) {
            VoteDots dots = onCard(card, layout, scale, rtl);
            if (dots == null) {
                continue;
            }
            double ring = dots.radius() * 0.18;
            for (Point c : dots.dots()) {
                surface.fillCircle(c, dots.radius() + ring, RING);
                surface.fillCircle(c, dots.radius(), DOT);
            }
            if (dots.label() != null) {
                surface.text(dots.label(), RING);
            }
        }
    }

    /** The dots as the room sees them on a card, or null when it has none. */
    static VoteDots onCard(CardBox card, MapLayout layout, double scale, boolean rightToLeft) {
        VoteDots own = card.marks().votes();
        if (own == null || own.dots().isEmpty()) {
            return null;
        }
        return own.forRoom(MIN_DIAMETER_PX / 2 / scale, card.bounds(), rightToLeft, layout.style());
    }
}
