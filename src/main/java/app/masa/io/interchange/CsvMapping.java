package app.masa.io.interchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which column of a CSV file fills which field of a card. Guessed from the header, then adjustable in
 * the import dialog; a field with no column is left empty on every card.
 */
public record CsvMapping(Map<CardField, Integer> columns) {
    public CsvMapping {
        EnumMap<CardField, Integer> copy = new EnumMap<>(CardField.class);
        columns.forEach((field, column) -> {
            if (field != null && column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** Each field to the first header cell that names it (in English or Hebrew). */
    public static CsvMapping guess(List<String> header) {
        Map<CardField, Integer> columns = new EnumMap<>(CardField.class);
        for (int i = 0; i < header.size(); i++) {
            for (CardField field : CardField.values()) {
                if (!columns.containsKey(field) && field.isNamedBy(header.get(i))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new CsvMapping(columns);
    }

    public OptionalInt column(CardField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public boolean has(CardField field) {
        return columns.containsKey(field);
    }

    /** The same mapping with one field read from another column, or from none ({@code null}). */
    public CsvMapping with(CardField field, Integer column) {
        Map<CardField, Integer> copy = new EnumMap<>(CardField.class);
        copy.putAll(columns);
        if (column == null || column < 0) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new CsvMapping(copy);
    }

    /** The text of a field in one record, stripped; "" when the field has no column. */
    public String text(CsvRecord record, CardField field) {
        Integer column = columns.get(field);
        return column == null ? "" : CsvWriter.restored(record.field(column).strip());
    }
}
