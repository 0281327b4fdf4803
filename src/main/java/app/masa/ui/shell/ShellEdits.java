package app.masa.ui.shell;

import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.time.Instant;
import java.util.List;

/** The shell's edits that need a place worked out first: "after the selected one", "next to this map". */
public final class ShellEdits {
    private ShellEdits() {
    }

    /** A new stage right after {@code afterStageId}, or at the end when nothing is selected. */
    public static Command addStage(JourneyMap map, String afterStageId, Stage stage) {
        int index = afterStageId == null || map.stageIndex(afterStageId) < 0
                ? map.stages().size() : map.stageIndex(afterStageId) + 1;
        return Edits.addStage(map.id(), stage, index);
    }

    /** A new lane right below {@code afterLaneId}, or at the bottom when nothing is selected. */
    public static Command addLane(JourneyMap map, String afterLaneId, Lane lane) {
        int index = afterLaneId == null || map.laneIndex(afterLaneId) < 0
                ? map.lanes().size() : map.laneIndex(afterLaneId) + 1;
        return Edits.addLane(map.id(), lane, index);
    }

    /** A new map right after {@code model}, with its stages and lanes but no cards, personas or arrows. */
    public static Command addMapLike(JourneyFile doc, JourneyMap model, String newId, String title, Instant now) {
        JourneyMap blank = model.withId(newId).withTitle(title).withScenario("").withPersonas(List.of())
                .withCards(List.of()).withConnections(List.of()).withCreated(now).withModified(now);
        return Edits.addMap(blank, doc.mapIndex(model.id()) + 1);
    }
}
