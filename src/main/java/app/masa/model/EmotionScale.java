package app.masa.model;

import java.util.List;
import java.util.Objects;

/**
 * The levels a score may take: {@code labels.size()} consecutive integers starting at
 * {@code min}. The default is five levels from -2 to +2.
 *
 * @param extras fields of the scale this version does not know, kept for the version that wrote them
 */
public record EmotionScale(int min, List<String> labels, Extras extras) {
    public static final int MIN_LEVELS = 3;
    public static final int MAX_LEVELS = 11;

    public EmotionScale {
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
        if (labels.size() < MIN_LEVELS || labels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException(
                    "an emotion scale has " + MIN_LEVELS + " to " + MAX_LEVELS + " levels, not " + labels.size());
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public EmotionScale(int min, List<String> labels) {
        this(min, labels, Extras.NONE);
    }

    /** A scale centred on zero (for an even count, one more level below zero than above). */
    public static EmotionScale centred(List<String> labels) {
        return new EmotionScale(-(labels.size() / 2), labels);
    }

    public int levels() {
        return labels.size();
    }

    public int max() {
        return min + labels.size() - 1;
    }

    public boolean contains(int score) {
        return score >= min && score <= max();
    }

    public int clamp(int score) {
        return Math.max(min, Math.min(max(), score));
    }

    /** The label of a score on this scale. */
    public String label(int score) {
        return labels.get(clamp(score) - min);
    }

    /** Where a score sits between the lowest (0.0) and highest (1.0) level. */
    public double fraction(int score) {
        return (double) (clamp(score) - min) / (levels() - 1);
    }

    public EmotionScale withLabels(List<String> newLabels) {
        return new EmotionScale(min, newLabels, extras);
    }

    public EmotionScale withMin(int newMin) {
        return new EmotionScale(newMin, labels, extras);
    }
}
