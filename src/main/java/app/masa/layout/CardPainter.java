package app.masa.layout;

/** Paints one card: a soft tinted body, a thin accent strip at the reading start, text and badges. */
final class CardPainter {
    private CardPainter() {
    }

    static void paint(CardBox card, boolean rightToLeft, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Metrics m = style.metrics();
        Rect b = card.bounds();
        CardMarks marks = card.marks();
        if (marks.boxed()) {
            surface.fillRect(new Rect(b.x(), b.y() + 1, b.width(), b.height()), m.cardRadius(),
                    p.dark() ? Rgba.hex("#00000040") : Rgba.hex("#0f172a0f"));
            // An assumption's border is dashed and darker: told apart without colour, on screen and in print.
            surface.fillAndStrokeRect(b, m.cardRadius(), card.fill(), marks.assumption()
                    ? new Stroke(p.textSecondary(), Math.max(1.2, m.lineWidth()), new double[] {4, 3})
                    : Stroke.solid(p.cardBorder(), m.lineWidth()));
            double stripX = rightToLeft ? b.maxX() - 3 - m.accentWidth() : b.x() + 3;
            double inset = Math.min(7, b.height() / 4);
            surface.fillRect(new Rect(stripX, b.y() + inset, m.accentWidth(), b.height() - 2 * inset),
                    m.accentWidth() / 2, card.accent());
        }
        if (card.picture() != null) {
            paintPicture(card.picture(), p, m, surface);
        }
        for (TextLine line : card.titleLines()) {
            surface.text(line, p.text());
        }
        for (TextLine line : card.bodyLines()) {
            surface.text(line, p.textSecondary());
        }
        if (marks.channelBadge() != null) {
            Rect badge = marks.channelBadge();
            surface.fillRect(badge, badge.height() / 2, p.text().withAlpha(p.dark() ? 40 : 18));
            surface.text(marks.channelLabel(), p.textSecondary());
        }
        for (CardBadge badge : marks.badges()) {
            Rect r = badge.bounds();
            surface.fillRect(r, r.height() / 2, badge.fill());
            surface.text(badge.label(), badge.ink());
        }
        if (marks.votes() != null) {
            paintVotes(marks.votes(), p, surface);
        }
        if (marks.scoreBadge() != null) {
            Rect badge = marks.scoreBadge();
            surface.fillRect(badge, badge.height() / 2, marks.scoreColor());
            surface.text(marks.scoreLabel(), readableOn(marks.scoreColor()));
        }
    }

    /**
     * A soft frame with a small landscape sign under the picture: what an empty storyboard frame
     * shows, and what stays when a surface cannot draw the picture.
     */
    private static void paintPicture(PictureBox picture, Palette p, Metrics m, Surface surface) {
        Rect f = picture.frame();
        surface.fillRect(f, m.cardRadius() / 2, p.text().withAlpha(p.dark() ? 36 : 14));
        if (picture.image() != null) {
            surface.image(f, picture.image(), picture.focusX(), picture.focusY());
            return;
        }
        double s = Math.min(f.width(), f.height()) / 5;
        Rgba ink = p.text().withAlpha(p.dark() ? 70 : 46);
        double baseY = f.centerY() + s * 0.6;
        PathShape hills = new PathShape()
                .moveTo(f.centerX() - 1.5 * s, baseY)
                .lineTo(f.centerX() - 0.5 * s, baseY - 1.2 * s)
                .lineTo(f.centerX() + 0.1 * s, baseY - 0.5 * s)
                .lineTo(f.centerX() + 0.6 * s, baseY - 0.9 * s)
                .lineTo(f.centerX() + 1.5 * s, baseY)
                .close();
        surface.fillPath(hills, ink);
        surface.fillCircle(new Point(f.centerX() + 0.8 * s, baseY - 1.6 * s), 0.28 * s, ink);
    }

    /** The vote's dots in the workshop's dot colour, on a faint pill, the count after them. */
    private static void paintVotes(VoteDots votes, Palette p, Surface surface) {
        Rgba dot = Rgba.hex("#d04f8f");
        Point first = votes.dots().get(0);
        Point last = votes.dots().get(votes.dots().size() - 1);
        double left = Math.min(Math.min(first.x(), last.x()) - votes.radius(), votes.label().x()) - 4;
        double right = Math.max(Math.max(first.x(), last.x()) + votes.radius(),
                votes.label().x() + votes.label().width()) + 4;
        double h = 2 * (votes.radius() + VoteDots.PILL_PAD);
        surface.fillRect(new Rect(left, first.y() - h / 2, right - left, h), h / 2, dot.withAlpha(p.dark() ? 50 : 28));
        for (Point d : votes.dots()) {
            surface.fillCircle(d, votes.radius(), dot);
        }
        surface.text(votes.label(), p.text());
    }

    /** White on dark badges, dark text on light ones (amber), so the score stays legible. */
    private static Rgba readableOn(Rgba fill) {
        double luminance = (0.2126 * fill.r() + 0.7152 * fill.g() + 0.0722 * fill.b()) / 255;
        return luminance > 0.6 ? Rgba.hex("#1f2937") : Rgba.WHITE;
    }
}
