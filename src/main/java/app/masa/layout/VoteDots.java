package app.masa.layout;

import java.util.List;

/**
 * The dots a workshop's vote put on a card: a short row of dots and the count beside them.
 *
 * @param count how many dots the card has; the row shows at most a few of them
 * @param label the count as text
 */
public record VoteDots(int count, List<Point> dots, double radius, TextLine label) {
    public VoteDots {
        dots = List.copyOf(dots);
    }
}
