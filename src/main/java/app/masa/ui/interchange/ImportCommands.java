package app.masa.ui.interchange;

import app.masa.edit.Additions;
import app.masa.edit.Command;
import app.masa.edit.Edits;
import app.masa.i18n.Messages;
import app.masa.io.interchange.CsvImportResult;
import app.masa.io.interchange.WorkbookNumbers;
import app.masa.model.ConversionPath;
import app.masa.model.Card;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;

/** Imports as history commands, so one Undo takes a whole import back. */
final class ImportCommands {
    private ImportCommands() {
    }

    /**
     * The stages, lanes and cards a CSV import adds to a map, and the conversion paths and stage NPS
     * a workbook brings with them, as one undo step.
     */
    static Command csv(String mapId, JourneyMap before, CsvImportResult result, WorkbookNumbers numbers) {
        List<Command> commands = new ArrayList<>();
        int stageIndex = before.stages().size();
        for (Stage stage : result.newStages()) {
            commands.add(Edits.addStage(mapId, stage, stageIndex++));
        }
        int laneIndex = before.lanes().size();
        for (Lane lane : result.newLanes()) {
            commands.add(Edits.addLane(mapId, lane, laneIndex++));
        }
        for (Card card : result.cards()) {
            commands.add(Edits.addCard(mapId, card));
        }
        if (!numbers.paths().isEmpty()) {
            List<ConversionPath> paths = new ArrayList<>(before.conversionPaths());
            paths.addAll(numbers.paths());
            commands.add(Edits.setConversionPaths(mapId, before.conversionPaths(), paths));
        }
        for (Stage stage : result.map().stages()) {
            if (numbers.nps().containsKey(stage.id())) {
                commands.add(Edits.changeStage(mapId, stage, stage.withNps(numbers.nps().get(stage.id()))));
            }
        }
        return Edits.compound(Messages.get("interchange.import.csv.undo", result.cards().size()), commands);
    }

    /** A map read from Mermaid, added after the file's maps under an id of its own. */
    static Command newMap(JourneyFile document, JourneyMap imported) {
        return Additions.importedMap(document, imported).command();
    }
}
