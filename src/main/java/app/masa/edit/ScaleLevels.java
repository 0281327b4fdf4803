package app.masa.edit;

import app.masa.i18n.SignedNumber;
import app.masa.model.EmotionScale;
import java.util.ArrayList;
import java.util.List;

/** Changing an emotion scale: more or fewer levels, or one label renamed. */
public final class ScaleLevels {
    private ScaleLevels() {
    }

    /**
     * A scale of {@code levels} levels centred on zero. A level that existed before keeps its label,
     * so renaming "Delighted" survives going from five levels to seven; new levels show their number.
     */
    public static EmotionScale resize(EmotionScale scale, int levels) {
        int min = -(levels / 2);
        List<String> labels = new ArrayList<>(levels);
        for (int score = min; score < min + levels; score++) {
            labels.add(scale.contains(score) ? scale.label(score) : signed(score));
        }
        return scale.withMin(min).withLabels(labels);
    }

    public static EmotionScale relabel(EmotionScale scale, int score, String label) {
        List<String> labels = new ArrayList<>(scale.labels());
        labels.set(score - scale.min(), label);
        return scale.withLabels(labels);
    }

    public static String signed(int score) {
        return SignedNumber.of(score);
    }
}
