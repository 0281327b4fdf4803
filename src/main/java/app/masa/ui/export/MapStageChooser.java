package app.masa.ui.export;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Which maps of the file and which of their stages go out, as two lists of check boxes. The stage
 * list follows the chosen maps; stages are matched by id, so maps built alike (one per persona)
 * share one check box per stage. The current map starts chosen, every stage starts chosen.
 */
final class MapStageChooser {
    private static final double LIST_HEIGHT = 150;

    private final List<JourneyMap> maps;
    private final Map<String, CheckBox> mapBoxes = new LinkedHashMap<>();
    private final Map<String, CheckBox> stageBoxes = new LinkedHashMap<>();
    private final Set<String> uncheckedStages = new HashSet<>();
    private final VBox stageList = new VBox(4);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final List<Runnable> listeners = new ArrayList<>();
    private final HBox node;

    MapStageChooser(List<JourneyMap> maps, String currentMapId) {
        this.maps = List.copyOf(maps);
        VBox mapList = new VBox(4);
        for (int i = 0; i < maps.size(); i++) {
            JourneyMap map = maps.get(i);
            CheckBox box = new CheckBox(map.title().isBlank() ? Messages.get("export.pdf.untitled", i + 1) : map.title());
            box.setId("export-map-" + map.id());
            box.setMnemonicParsing(false);
            box.setSelected(map.id().equals(currentMapId) || (currentMapId == null && i == 0));
            box.selectedProperty().addListener((o, was, is) -> mapsChanged());
            mapBoxes.put(map.id(), box);
            mapList.getChildren().add(box);
        }
        node = new HBox(16, column("export.dialog.maps", mapList), column("export.dialog.stages", stageList));
        rebuildStages();
    }

    Node node() {
        return node;
    }

    /** True while at least one map and one stage are chosen: there is something to export. */
    ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    List<JourneyMap> chosenMaps() {
        return maps.stream().filter(m -> mapBoxes.get(m.id()).isSelected()).toList();
    }

    List<String> chosenMapIds() {
        return chosenMaps().stream().map(JourneyMap::id).toList();
    }

    /** The stages to show, as the exporters take them: empty means every stage. */
    Set<String> visibleStageIds() {
        if (stageBoxes.values().stream().allMatch(CheckBox::isSelected)) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        stageBoxes.forEach((id, box) -> {
            if (box.isSelected()) {
                ids.add(id);
            }
        });
        return ids;
    }

    private void mapsChanged() {
        rebuildStages();
        fire();
    }

    private void rebuildStages() {
        stageBoxes.clear();
        for (JourneyMap map : chosenMaps()) {
            for (Stage stage : map.stages()) {
                stageBoxes.computeIfAbsent(stage.id(), id -> stageBox(stage));
            }
        }
        stageList.getChildren().setAll(stageBoxes.values());
        updateComplete();
    }

    private CheckBox stageBox(Stage stage) {
        CheckBox box = new CheckBox(stage.name());
        box.setId("export-stage-" + stage.id());
        box.setMnemonicParsing(false);
        box.setSelected(!uncheckedStages.contains(stage.id()));
        box.selectedProperty().addListener((o, was, is) -> {
            // Remembered across map changes, so choosing another map does not undo the stage choice.
            if (is) {
                uncheckedStages.remove(stage.id());
            } else {
                uncheckedStages.add(stage.id());
            }
            updateComplete();
            fire();
        });
        return box;
    }

    private void updateComplete() {
        complete.set(!chosenMaps().isEmpty() && stageBoxes.values().stream().anyMatch(CheckBox::isSelected));
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private static Node column(String titleKey, VBox list) {
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(LIST_HEIGHT);
        scroll.setPrefViewportWidth(180);
        VBox column = new VBox(6, new Label(Messages.get(titleKey)), scroll);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }
}
