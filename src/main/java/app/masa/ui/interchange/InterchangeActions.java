package app.masa.ui.interchange;

import app.masa.i18n.Messages;
import app.masa.io.interchange.CsvReader;
import app.masa.io.interchange.CsvTable;
import app.masa.io.interchange.CsvImportResult;
import app.masa.io.interchange.InterchangeException;
import app.masa.io.interchange.WorkbookNumbers;
import app.masa.io.interchange.WorkbookTables;
import app.masa.io.interchange.XlsxTables;
import app.masa.ui.dialog.Dialogs;
import app.masa.io.interchange.XlsxWorkbook;
import app.masa.io.interchange.Interchange;
import app.masa.io.interchange.InterchangeFormat;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File > Import and File > Export as CSV or Mermaid. Files are read and written off the UI thread;
 * what an import adds goes through the history, so Undo takes it back.
 */
public final class InterchangeActions {
    private final DocumentSession session;

    public InterchangeActions(DocumentSession session) {
        this.session = session;
    }

    /** Asks for a CSV file, then shows the column mapping and preview. */
    public void importCsv(Window owner) {
        FileChooser chooser = chooser("interchange.import.csv.title", InterchangeFormat.CSV);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("interchange.filter.xlsx"), "*.xlsx"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            importCsv(owner, chosen.toPath());
        }
    }

    /**
     * Reads a CSV file or a workbook, then shows the column mapping and preview for the current map.
     * A workbook's conversion paths and stage NPS come in the same undo step as its cards.
     */
    public Task<WorkbookTables> importCsv(Window owner, Path file) {
        String name = String.valueOf(file.getFileName());
        return FileWork.run(owner, name, () -> tables(file), tables -> {
            JourneyMap map = session.currentMap();
            CsvTable cards = tables.tables().get(tables.firstSheet());
            CsvImportDialog.show(owner, map, tables.tables().getOrDefault(XlsxWorkbook.CARDS, cards), name,
                    result -> importCards(owner, name, map, tables, result));
        });
    }

    private void importCards(Window owner, String name, JourneyMap map, WorkbookTables tables, CsvImportResult result) {
        WorkbookNumbers numbers;
        try {
            numbers = WorkbookNumbers.read(tables, result.map());
        } catch (InterchangeException e) {
            Dialogs.showError(owner, Messages.get("interchange.failed", name), e.getMessage());
            return;
        }
        session.execute(ImportCommands.csv(map.id(), map, result, numbers));
    }

    /** A CSV file as a workbook of one sheet, or a workbook whose Cards sheet (or first sheet) can be read. */
    private static WorkbookTables tables(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        if (InterchangeFormat.of(file).orElse(InterchangeFormat.CSV) != InterchangeFormat.XLSX) {
            return WorkbookTables.of(CsvReader.read(bytes));
        }
        WorkbookTables tables = XlsxTables.readWorkbook(bytes);
        tables.cards(XlsxWorkbook.CARDS);
        return tables;
    }

    /** The Mermaid dialog: paste a diagram or open one; it becomes a new map, shown at once. */
    public Dialog<JourneyMap> importMermaid(Window owner) {
        return MermaidImportDialog.show(owner, session.currentMap(), map -> {
            session.execute(ImportCommands.newMap(session.document(), map));
            var maps = session.document().maps();
            session.currentMapIdProperty().set(maps.get(maps.size() - 1).id());
        });
    }

    public void exportAs(Window owner, InterchangeFormat format) {
        JourneyMap map = session.currentMap();
        FileChooser chooser = chooser("interchange.export." + format.name().toLowerCase(Locale.ROOT) + ".title", format);
        chooser.setInitialFileName(baseName(map) + "." + format.extension());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path target = InterchangeFormat.of(chosen.toPath()).isPresent() ? chosen.toPath()
                    : chosen.toPath().resolveSibling(chosen.getName() + "." + format.extension());
            exportTo(owner, map, target);
        }
    }

    public Task<Void> exportTo(Window owner, JourneyMap map, Path target) {
        return FileWork.run(owner, String.valueOf(target.getFileName()), () -> {
            Interchange.export(map, target);
            return null;
        }, done -> { });
    }

    private static FileChooser chooser(String titleKey, InterchangeFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        String filter = Messages.get("interchange.filter." + format.name().toLowerCase(Locale.ROOT));
        chooser.getExtensionFilters().add(switch (format) {
            case CSV -> new FileChooser.ExtensionFilter(filter, "*.csv");
            case MERMAID -> new FileChooser.ExtensionFilter(filter, "*.mmd", "*.mermaid");
            case XLSX -> new FileChooser.ExtensionFilter(filter, "*.xlsx");
        });
        return chooser;
    }

    private String baseName(JourneyMap map) {
        Path file = session.fileProperty().get();
        String name = file == null ? map.title() : String.valueOf(file.getFileName()).replaceFirst("\\.journey\\.json$", "");
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return safe.isEmpty() ? "journey" : safe;
    }
}
