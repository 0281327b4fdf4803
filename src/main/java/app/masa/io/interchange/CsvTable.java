package app.masa.io.interchange;

import java.util.List;

/**
 * A CSV file as read: its header, the records under it, and the delimiter it used.
 *
 * @param delimiter ',' or ';' (Excel writes ';' where the decimal separator is a comma)
 * @param sheet the workbook sheet the table was read from, or null for a CSV file
 */
public record CsvTable(List<String> header, List<CsvRecord> records, char delimiter, String sheet) {
    public CsvTable {
        header = List.copyOf(header);
        records = List.copyOf(records);
    }

    public CsvTable(List<String> header, List<CsvRecord> records, char delimiter) {
        this(header, records, delimiter, null);
    }

    /** The problems as the person should read them: rows of this table's sheet when it is one. */
    public List<LineProblem> placed(List<LineProblem> problems) {
        return sheet == null ? problems : problems.stream().map(problem -> problem.inSheet(sheet)).toList();
    }

    /** The first column whose header is one of the names (in any case, spacing or language given), or -1. */
    public int column(List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String cell = CardField.normalise(header.get(i));
            if (names.stream().anyMatch(name -> CardField.normalise(name).equals(cell))) {
                return i;
            }
        }
        return -1;
    }
}
