package app.masa.io.interchange;

import java.util.Map;
import java.util.Optional;

/**
 * The sheets of one workbook as tables, by name. A sheet that could not be read keeps its problem,
 * which is raised only when that sheet is asked for.
 *
 * @param firstSheet the name of the workbook's first sheet, read when the Cards sheet is not there
 */
public record WorkbookTables(String firstSheet, Map<String, CsvTable> tables,
                             Map<String, InterchangeException> refused) {
    public WorkbookTables {
        tables = Map.copyOf(tables);
        refused = Map.copyOf(refused);
    }

    /** A CSV file as a workbook of one sheet: its cards, and no other numbers. */
    public static WorkbookTables of(CsvTable csv) {
        return new WorkbookTables("", Map.of("", csv), Map.of());
    }

    /** The sheet of that name, or the first sheet when there is none by that name. */
    public CsvTable cards(String name) throws InterchangeException {
        String chosen = tables.containsKey(name) || refused.containsKey(name) ? name : firstSheet;
        return sheet(chosen).orElseThrow();
    }

    /** The sheet of that name; empty when the workbook has none. */
    public Optional<CsvTable> sheet(String name) throws InterchangeException {
        InterchangeException problem = refused.get(name);
        if (problem != null) {
            throw problem;
        }
        return Optional.ofNullable(tables.get(name));
    }
}
