package app.masa.io.interchange;

import java.util.List;

/**
 * A CSV file as read: its header, the records under it, and the delimiter it used.
 *
 * @param delimiter ',' or ';' (Excel writes ';' where the decimal separator is a comma)
 */
public record CsvTable(List<String> header, List<CsvRecord> records, char delimiter) {
    public CsvTable {
        header = List.copyOf(header);
        records = List.copyOf(records);
    }
}
