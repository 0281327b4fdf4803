package app.masa.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One route customers took to a conversion, and how many took it: the input of the attribution
 * models.
 *
 * @param steps       in the order the customer met them; each the id of a card of the map, or a
 *                    channel written as {@code channel:social} (see {@link #channelStep})
 * @param conversions how many conversions came by this route
 * @param value       what those conversions were worth in total, in the map's currency; 0 when not known
 */
public record ConversionPath(String id, List<String> steps, long conversions, double value, Extras extras) {
    /** The prefix of a step that names a channel rather than a card. */
    public static final String CHANNEL_PREFIX = "channel:";

    public ConversionPath {
        Objects.requireNonNull(id, "id");
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (conversions < 0 || !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("conversions and value cannot be negative");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public static ConversionPath of(String id, List<String> steps, long conversions) {
        return new ConversionPath(id, steps, conversions, 0, Extras.NONE);
    }

    /** The step that names a channel: {@code channel:word-of-mouth}. */
    public static String channelStep(Channel channel) {
        return CHANNEL_PREFIX + Kebab.of(channel);
    }

    /** The channel a step names, or empty when the step is a card id (or names no known channel). */
    public static Optional<Channel> channelOf(String step) {
        if (step == null || !step.startsWith(CHANNEL_PREFIX)) {
            return Optional.empty();
        }
        for (Channel channel : Channel.values()) {
            if (channelStep(channel).equals(step)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    public static boolean isChannelStep(String step) {
        return step != null && step.startsWith(CHANNEL_PREFIX);
    }

    public ConversionPath withSteps(List<String> v) { return new ConversionPath(id, v, conversions, value, extras); }
    public ConversionPath withConversions(long v) { return new ConversionPath(id, steps, v, value, extras); }
    public ConversionPath withValue(double v) { return new ConversionPath(id, steps, conversions, v, extras); }
}
