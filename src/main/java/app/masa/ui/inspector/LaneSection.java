package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.ui.session.DocumentSession;
import app.masa.edit.Edits;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;

/** The selected lane: title, kind, colour, collapsed. */
final class LaneSection extends InspectorSection {
    private final String laneId;

    LaneSection(DocumentSession session, String mapId, String laneId) {
        super(session, mapId, "inspector.lane");
        this.laneId = laneId;
        fields.text(form.add("inspector.lane.title", InspectorForm.textField("inspector-lane-title")),
                () -> lane().title(), v -> change(l -> l.withTitle(v)));
        ComboBox<LaneKind> kind = form.add("inspector.lane.kind", Choices.of("inspector-lane-kind",
                List.of(LaneKind.values()),
                k -> k == null ? "" : Messages.get("inspector.lane.kind." + k.name().toLowerCase(Locale.ROOT))));
        fields.value(kind.valueProperty(), () -> lane().kind(), v -> change(l -> l.withKind(v)));
        ColorField color = form.add("inspector.color", new ColorField("inspector-lane-color"));
        fields.value(color.hexProperty(), () -> lane().color(), v -> change(l -> l.withColor(v)));
        CheckBox collapsed = new CheckBox(Messages.get("inspector.lane.collapsed"));
        collapsed.setId("inspector-lane-collapsed");
        form.addNode(collapsed);
        fields.value(collapsed.selectedProperty(), () -> lane().collapsed(),
                v -> change(l -> l.withCollapsed(Boolean.TRUE.equals(v))));
    }

    @Override
    boolean isShowing(JourneyMap map) {
        return map.lane(laneId).isPresent();
    }

    private Lane lane() {
        return map().lane(laneId).orElseThrow();
    }

    private void change(UnaryOperator<Lane> edit) {
        Lane before = lane();
        execute(Edits.changeLane(mapId, before, edit.apply(before)));
    }
}
