package app.masa.ui.inspector;

import app.masa.edit.ScaleLevels;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.EmotionScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;

/** The levels of a map's emotion scale as the choices of a drop-down: none first, then highest to lowest. */
final class ScoreChoices {
    private ScoreChoices() {
    }

    /** Puts the scale's levels in the box, keeping the choice; a box already showing them is left alone. */
    static void fill(ComboBox<Optional<Integer>> box, EmotionScale scale) {
        List<Optional<Integer>> levels = new ArrayList<>();
        levels.add(Optional.empty());
        for (int s = scale.max(); s >= scale.min(); s--) {
            levels.add(Optional.of(s));
        }
        if (!box.getItems().equals(levels)) {
            Optional<Integer> selected = box.getValue();
            box.getItems().setAll(levels);
            box.setValue(selected);
        }
    }

    /** "+2 Positive", or "No score". */
    static String name(Optional<Integer> value, EmotionScale scale) {
        if (value == null || value.isEmpty()) {
            return Messages.get("inspector.card.score.none");
        }
        int s = value.get();
        return Messages.get("inspector.card.score.level", DirectionMarks.figure(ScaleLevels.signed(s)), scale.label(s));
    }
}
