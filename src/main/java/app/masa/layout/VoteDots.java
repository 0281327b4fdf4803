package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The dots a workshop's vote put on a card: a short row of dots and the count beside them.
 *
 * @param count how many dots the card has; the row shows at most a few of them
 * @param label the count as text; null when the dots say it all (see {@link #forRoom})
 */
public record VoteDots(int count, List<Point> dots, double radius, TextLine label) {
    /** A room counts up to this many dots at a glance; more stand as one dot with the number in it. */
    public static final int MAX_ROW = 5;
    /** How far the pill behind the dots reaches beyond them, above and below (see CardPainter). */
    static final double PILL_PAD = 4;

    public VoteDots {
        dots = List.copyOf(dots);
    }

    /** The top of the row's pill (see CardPainter): what a card shows above it is clear of the dots. */
    public double top() {
        return dots.get(0).y() - radius - PILL_PAD;
    }

    /**
     * These dots made large enough for a room to see, as the presentation shows them: each at least
     * {@code minRadius}, in a row that starts where this row starts and runs toward the card's
     * reading end, spaced for their size, hanging down from the top of this row's pill (what the
     * card shows above the pill stays clear) and kept inside the card's width. Up to {@value #MAX_ROW} dots
     * stand alone; more, or more than the card's width holds, stand as one dot with the count in it.
     */
    public VoteDots forRoom(double minRadius, Rect card, boolean rightToLeft, MapStyle style) {
        double r = Math.max(radius, minRadius);
        double gap = r / 3;
        double step = 2 * r + gap;
        double margin = Math.max(2, r / 4);
        double room = card.width() - 2 * margin;
        int fits = (int) Math.floor((room + gap) / step);
        boolean row = count <= MAX_ROW && count <= fits;
        int shown = row ? count : 1;
        double length = shown * step - gap;
        Point first = dots.get(0);
        // Like a sticker on the card's lower edge: the dots may hang over it, never over the text.
        double y = Math.max(first.y(), Math.min(top() + r, card.maxY()));
        List<Point> centres = new ArrayList<>(shown);
        if (rightToLeft) {
            double startEdge = clamp(first.x() + radius, card.x() + margin + length, card.maxX() - margin,
                    card.centerX() + length / 2);
            for (int i = 0; i < shown; i++) {
                centres.add(new Point(startEdge - r - i * step, y));
            }
        } else {
            double startEdge = clamp(first.x() - radius, card.x() + margin, card.maxX() - margin - length,
                    card.centerX() - length / 2);
            for (int i = 0; i < shown; i++) {
                centres.add(new Point(startEdge + r + i * step, y));
            }
        }
        TextLine number = row ? null : numberIn(centres.get(0), r, style);
        return new VoteDots(count, centres, r, number);
    }

    /** The count centred in one dot, in the largest summary size whose digits fit inside it. */
    private TextLine numberIn(Point centre, double r, MapStyle style) {
        String text = Integer.toString(count);
        Typography type = style.typography();
        TextMeasurer measurer = FontTableMeasurer.shared();
        FontRole role = FontRole.SMALL;
        for (FontRole candidate : MapSummary.SIZES) {
            double size = type.size(candidate);
            if (size <= 1.2 * r && measurer.width(text, type.bold(candidate), size) <= 1.5 * r) {
                role = candidate;
                break;
            }
        }
        double size = type.size(role);
        double width = measurer.width(text, type.bold(role), size);
        // The digits' height is about 0.72 of the size: a baseline that far below the top centres them.
        return new TextLine(text, role, centre.x() - width / 2, centre.y() + size * 0.36, width, false);
    }

    /** A value between two bounds, or {@code otherwise} when the bounds cross (a card too small). */
    private static double clamp(double value, double low, double high, double otherwise) {
        return low > high ? otherwise : Math.max(low, Math.min(high, value));
    }
}
