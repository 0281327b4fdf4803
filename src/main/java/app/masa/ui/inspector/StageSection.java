package app.masa.ui.inspector;

import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import app.masa.ui.analysis.StageNpsEditor;
import app.masa.ui.session.DocumentSession;
import app.masa.edit.Edits;
import java.util.function.UnaryOperator;
import javafx.scene.control.Spinner;

/** The selected stage: name, description, colour, relative width and its NPS answers. */
final class StageSection extends InspectorSection {
    private final String stageId;
    private final StageNpsEditor nps;

    StageSection(DocumentSession session, String mapId, String stageId) {
        super(session, mapId, "inspector.stage");
        this.stageId = stageId;
        fields.text(form.add("inspector.stage.name", InspectorForm.textField("inspector-stage-name")),
                () -> stage().name(), v -> change(s -> s.withName(v)));
        fields.text(form.add("inspector.stage.description", InspectorForm.textArea("inspector-stage-description", 3)),
                () -> stage().description(), v -> change(s -> s.withDescription(v)));
        ColorField color = form.add("inspector.color", new ColorField("inspector-stage-color"));
        fields.value(color.hexProperty(), () -> stage().color(), v -> change(s -> s.withColor(v)));
        Spinner<Double> width = form.add("inspector.stage.width", new Spinner<>(0.5, 4.0, 1.0, 0.25));
        width.setId("inspector-stage-width");
        fields.value(width.getValueFactory().valueProperty(), () -> stage().width(),
                v -> change(s -> s.withWidth(v == null ? Stage.DEFAULT_WIDTH : v)));
        nps = new StageNpsEditor(session, mapId, stageId);
        form.addNode(nps.node());
    }

    @Override
    void refresh() {
        super.refresh();
        nps.refresh();
    }

    @Override
    boolean isShowing(JourneyMap map) {
        return map.stage(stageId).isPresent();
    }

    private Stage stage() {
        return map().stage(stageId).orElseThrow();
    }

    private void change(UnaryOperator<Stage> edit) {
        Stage before = stage();
        execute(Edits.changeStage(mapId, before, edit.apply(before)));
    }
}
