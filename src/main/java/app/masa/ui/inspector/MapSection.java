package app.masa.ui.inspector;

import app.masa.edit.ScaleLevels;
import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import app.masa.edit.Edits;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Nothing selected: the map itself — title, scenario, language, direction, scale and personas. */
final class MapSection extends InspectorSection {
    private static final List<String> LANGUAGES = List.of("en", "he");

    private final VBox scaleLabels = new VBox(4);
    private final PersonaList personas;
    private final ExpectationGaps gaps;
    private FieldBinder labelFields;
    private int shownLevels;

    MapSection(DocumentSession session, String mapId) {
        super(session, mapId, "inspector.map");
        fields.text(form.add("inspector.map.title", InspectorForm.textField("inspector-map-title")),
                () -> map().title(), v -> change(m -> m.withTitle(v)));
        fields.text(form.add("inspector.map.scenario", InspectorForm.textArea("inspector-map-scenario", 3)),
                () -> map().scenario(), v -> change(m -> m.withScenario(v)));

        ComboBox<String> language = form.add("inspector.map.language", Choices.of("inspector-map-language",
                LANGUAGES, tag -> tag == null ? "" : Messages.get("ui.language." + tag)));
        fields.value(language.valueProperty(), () -> map().language(),
                v -> change(m -> m.withLanguage(v)));

        ComboBox<Direction> direction = form.add("inspector.map.direction", Choices.of("inspector-map-direction",
                List.of(Direction.values()),
                d -> d == null ? "" : Messages.get("inspector.map.direction." + d.name().toLowerCase(Locale.ROOT))));
        fields.value(direction.valueProperty(), () -> map().direction(),
                v -> change(m -> m.withDirection(v)));

        Spinner<Integer> levels = form.add("inspector.map.levels",
                new Spinner<>(EmotionScale.MIN_LEVELS, EmotionScale.MAX_LEVELS, 5));
        levels.setId("inspector-map-levels");
        fields.value(levels.getValueFactory().valueProperty(), () -> map().scale().levels(),
                v -> execute(Edits.setScale(mapId, ScaleLevels.resize(map().scale(), v))));
        form.add("inspector.map.labels", scaleLabels);
        showScaleLabels();
        gaps = new ExpectationGaps(session, mapId);
        form.addNode(gaps.node());

        personas = new PersonaList(session, mapId);
        form.add("inspector.map.personas", personas.node());
    }

    @Override
    boolean isShowing(JourneyMap map) {
        return true;
    }

    @Override
    void refresh() {
        super.refresh();
        showScaleLabels();
        personas.refresh();
        gaps.refresh();
    }

    /** One field per level, highest first; rebuilt only when the number of levels changes. */
    private void showScaleLabels() {
        EmotionScale scale = map().scale();
        if (scale.levels() == shownLevels) {
            labelFields.refresh();
            return;
        }
        shownLevels = scale.levels();
        labelFields = new FieldBinder(session);
        scaleLabels.getChildren().clear();
        for (int score = scale.max(); score >= scale.min(); score--) {
            int level = score;
            TextField field = new TextField();
            field.setId("inspector-scale-" + level);
            field.setPromptText(DirectionMarks.figure(ScaleLevels.signed(level)));
            labelFields.text(field, () -> map().scale().label(level), v -> execute(Edits.changeMap(map(),
                    map().withScale(ScaleLevels.relabel(map().scale(), level, v)))));
            scaleLabels.getChildren().add(field);
        }
    }

    private void change(UnaryOperator<JourneyMap> edit) {
        JourneyMap before = map();
        execute(Edits.changeMap(before, edit.apply(before)));
    }
}
