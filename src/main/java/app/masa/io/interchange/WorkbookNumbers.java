package app.masa.io.interchange;

import app.masa.model.ConversionPath;
import app.masa.model.JourneyMap;
import app.masa.model.Nps;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers a workbook carries beside its cards: the Conversion paths sheet and the Stage NPS
 * sheet, each read when the workbook has it. They are read against the map the cards went into, so
 * a path can name a touchpoint the same workbook brought.
 *
 * @param paths new conversion paths, to follow the map's own
 * @param nps the answers of each stage the sheet names, by stage id
 */
public record WorkbookNumbers(List<ConversionPath> paths, Map<String, Nps> nps) {
    public WorkbookNumbers {
        paths = List.copyOf(paths);
        nps = Map.copyOf(nps);
    }

    public static WorkbookNumbers read(WorkbookTables tables, JourneyMap map) throws InterchangeException {
        Optional<CsvTable> pathSheet = tables.sheet(XlsxWorkbook.PATHS);
        List<ConversionPath> paths = pathSheet.isPresent() ? PathCsv.read(pathSheet.get(), map) : List.of();
        Optional<CsvTable> npsSheet = tables.sheet(XlsxWorkbook.NPS);
        Map<String, Nps> nps = npsSheet.isPresent() ? StageNpsSheet.read(npsSheet.get(), map) : Map.of();
        return new WorkbookNumbers(paths, nps);
    }

    public boolean isEmpty() {
        return paths.isEmpty() && nps.isEmpty();
    }

    /** The map with the paths after its own and each named stage's answers replaced. */
    public JourneyMap applyTo(JourneyMap map) {
        List<ConversionPath> allPaths = new ArrayList<>(map.conversionPaths());
        allPaths.addAll(paths);
        List<Stage> stages = map.stages().stream()
                .map(stage -> nps.containsKey(stage.id()) ? stage.withNps(nps.get(stage.id())) : stage)
                .toList();
        return map.withStages(stages).withConversionPaths(allPaths);
    }
}
