package app.masa.analysis;

/** The share of conversions, and of their value, that a model gives one touchpoint or channel. */
public record Credit(double conversions, double value) {
    public static final Credit NONE = new Credit(0, 0);

    public Credit plus(Credit other) {
        return new Credit(conversions + other.conversions, value + other.value);
    }

    /** This credit scaled by a weight (the step's share of one path). */
    public Credit times(double weight) {
        return new Credit(conversions * weight, value * weight);
    }
}
