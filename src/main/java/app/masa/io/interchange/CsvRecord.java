package app.masa.io.interchange;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line the record starts on (a quoted field may run over several lines), 1 first
 */
public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at a column, or "" when the record is shorter. */
    public String field(int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : "";
    }

    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
