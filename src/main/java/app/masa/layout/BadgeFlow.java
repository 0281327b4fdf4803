package app.masa.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays badges out in rows from the reading start, wrapping to a new row when one is full. The
 * first row keeps room at its end for the score badge.
 */
final class BadgeFlow {
    static final double SPACING = 4;
    static final double ROW_GAP = 3;

    /** Where an item goes: its row, and its distance from the reading start of the row. */
    record Slot(int row, double offset, double width) {
    }

    private BadgeFlow() {
    }

    static List<Slot> slots(List<Double> widths, double firstRowRoom, double rowRoom) {
        List<Slot> slots = new ArrayList<>(widths.size());
        int row = 0;
        double used = 0;
        for (double w0 : widths) {
            double room = row == 0 ? firstRowRoom : rowRoom;
            double w = Math.min(w0, rowRoom);
            boolean rowHasItems = used > 0;
            if (rowHasItems && used + w > room) {
                row++;
                used = 0;
            } else if (!rowHasItems && w > room && row == 0) {
                row++;
            }
            slots.add(new Slot(row, used, w));
            used += w + SPACING;
        }
        return slots;
    }

    /** How many rows the items and the score take together. */
    static int rows(List<Slot> slots, boolean hasScore) {
        int rows = slots.isEmpty() ? 0 : slots.get(slots.size() - 1).row() + 1;
        return Math.max(rows, hasScore ? 1 : 0);
    }
}
