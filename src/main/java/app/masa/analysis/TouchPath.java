package app.masa.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One recorded way to a conversion, as the attribution models read it: the steps the customers took,
 * first to last, and how many conversions (worth how much) followed that exact sequence.
 *
 * @param steps       step keys, first touch first; a key may repeat when a customer came back to it
 * @param conversions how many conversions followed this path
 * @param value       what they were worth together, in the map's currency (0 when unknown)
 */
public record TouchPath(List<String> steps, long conversions, double value) {
    public TouchPath {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (conversions < 0) {
            throw new IllegalArgumentException("conversions cannot be negative: " + conversions);
        }
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("value must be zero or more: " + value);
        }
    }

    public static TouchPath of(long conversions, String... steps) {
        return new TouchPath(List.of(steps), conversions, 0);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
