package app.masa.analysis;

import java.util.Arrays;

/**
 * The five ways Masa shares one conversion among the steps of its path. Each gives the positions of
 * a path weights that add up to one, so every model hands out exactly the conversions there were.
 */
public enum AttributionModel {
    /** Everything to the step just before the conversion: what most analytics tools report by default. */
    LAST_CLICK,
    /** Everything to the step that started the journey. */
    FIRST_CLICK,
    /** Equal shares to every step. */
    LINEAR,
    /** Steps closer to the conversion count more: a step k steps before it weighs 0.5^(k / half-life). */
    TIME_DECAY,
    /** 40% to the first step, 40% to the last, 20% shared by the steps between. */
    POSITION_BASED;

    /** Time decay's default: a step two steps before the conversion counts half as much as the last. */
    public static final double DEFAULT_HALF_LIFE = 2.0;

    static final double POSITION_END_SHARE = 0.4;

    /**
     * The share of one conversion each position of a path of {@code length} steps receives, first
     * step first. A path of one step gives it everything under every model.
     *
     * @param halfLife in steps, used by {@link #TIME_DECAY} only; must be more than zero
     */
    public double[] weights(int length, double halfLife) {
        if (length < 1) {
            throw new IllegalArgumentException("a path has at least one step");
        }
        double[] weights = new double[length];
        switch (this) {
            case LAST_CLICK -> weights[length - 1] = 1;
            case FIRST_CLICK -> weights[0] = 1;
            case LINEAR -> Arrays.fill(weights, 1.0 / length);
            case TIME_DECAY -> timeDecay(weights, halfLife);
            case POSITION_BASED -> positionBased(weights);
        }
        return weights;
    }

    private static void timeDecay(double[] weights, double halfLife) {
        if (!(halfLife > 0 && halfLife < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the half-life must be more than zero steps: " + halfLife);
        }
        int last = weights.length - 1;
        double sum = 0;
        for (int i = 0; i <= last; i++) {
            weights[i] = Math.pow(0.5, (last - i) / halfLife);
            sum += weights[i];
        }
        for (int i = 0; i <= last; i++) {
            weights[i] /= sum;
        }
    }

    private static void positionBased(double[] weights) {
        int length = weights.length;
        if (length == 1) {
            weights[0] = 1;
        } else if (length == 2) {
            // no middle to share the fifth with, so the two ends split it
            weights[0] = 0.5;
            weights[1] = 0.5;
        } else {
            weights[0] = POSITION_END_SHARE;
            weights[length - 1] = POSITION_END_SHARE;
            double middle = (1 - 2 * POSITION_END_SHARE) / (length - 2);
            for (int i = 1; i < length - 1; i++) {
                weights[i] = middle;
            }
        }
    }
}
