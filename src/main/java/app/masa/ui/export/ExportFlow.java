package app.masa.ui.export;

import app.masa.model.Brand;
import app.masa.model.JourneyMap;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/**
 * The whole of File > Export…: the dialog with the choices this document used last time, the file,
 * then the export itself in the background. The choices are remembered once a file is chosen.
 */
public final class ExportFlow {
    private final ExportMemory memory;
    private final TargetChooser chooser;

    public ExportFlow(ExportMemory memory, TargetChooser chooser) {
        this.memory = memory;
        this.chooser = chooser;
    }

    public static ExportFlow standard() {
        return new ExportFlow(ExportMemory.fromSystem(), TargetChooser.saveDialog());
    }

    /**
     * @param documentFile the journey file the maps come from, or null when it was never saved
     * @param baseName the name proposed for the export, without extension
     */
    public void start(Window owner, List<JourneyMap> maps, String currentMapId, Path documentFile, String baseName) {
        start(owner, maps, currentMapId, documentFile, baseName, Brand.NONE);
    }

    /** @param brand the file's brand (logo and colours), worn by the export unless the person unticks it */
    public void start(Window owner, List<JourneyMap> maps, String currentMapId, Path documentFile, String baseName,
                      Brand brand) {
        ExportChoices remembered = memory.recall(documentFile);
        ExportDialog.create(owner, maps, currentMapId, remembered, brand).showAndWait().ifPresent(request -> {
            Path suggested = ExportTargets.suggested(remembered.target(), request.format(), baseName);
            chooser.choose(owner, request.format(), suggested).ifPresent(chosen -> {
                Path target = ExportTargets.withExtension(chosen, request.format());
                memory.remember(documentFile, request.choices().withTarget(target));
                List<JourneyMap> chosenMaps = maps.stream().filter(m -> request.mapIds().contains(m.id())).toList();
                ExportRunner.run(owner, chosenMaps, request, target);
            });
        });
    }
}
