package app.masa.ui.interchange;

import app.masa.io.interchange.CsvCardExport;
import app.masa.io.interchange.CsvReader;
import app.masa.io.interchange.InterchangeException;
import app.masa.model.JourneyMap;
import javafx.stage.Window;

/** Opens the import dialogs as they show after a file was chosen, for the window tour. */
public final class InterchangeWindows {
    private InterchangeWindows() {
    }

    /** The CSV import dialog on the map's own cards, as a spreadsheet made from an export would bring them. */
    public static void csvImport(Window owner, JourneyMap map) {
        try {
            CsvImportDialog.show(owner, map, CsvReader.read(CsvCardExport.text(map)), "cards.csv", result -> { });
        } catch (InterchangeException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void mermaidImport(Window owner, JourneyMap map) {
        MermaidImportDialog.show(owner, map, imported -> { });
    }
}
