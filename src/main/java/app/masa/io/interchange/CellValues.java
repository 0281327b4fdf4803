package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.EmotionScale;
import app.masa.model.Kebab;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cells of an imported table read as typed values, each adding a plain problem that names the line
 * and the value when it cannot be read. The card columns and the sheets of numbers share them, so a
 * count or a date is held to one rule and one message wherever it is imported.
 */
final class CellValues {
    private CellValues() {
    }

    /** A date written as the file format writes it (2026-11-01), or null when the cell is empty. */
    static LocalDate date(String text, int line, List<LineProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(line, Messages.get("interchange.csv.badDate", text)));
            return null;
        }
    }

    /** A score on the map's scale, or null when the cell is empty or (with a problem added) not one. */
    static Integer score(String text, char delimiter, EmotionScale scale, int line, List<LineProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        OptionalDouble value = CsvNumbers.parse(text, delimiter);
        if (value.isEmpty() || value.getAsDouble() != Math.rint(value.getAsDouble())
                || !scale.contains((int) value.getAsDouble())) {
            problems.add(new LineProblem(line, Messages.get("interchange.csv.badScore", text, scale.min(), scale.max())));
            return null;
        }
        return (int) value.getAsDouble();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String labelPrefix, String problemKey,
                                                   int line, List<LineProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<E> value = EnumText.parse(type, text, labelPrefix);
        if (value.isEmpty()) {
            StringBuilder known = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                known.append(known.isEmpty() ? "" : ", ").append(Kebab.of(constant));
            }
            problems.add(new LineProblem(line, Messages.get(problemKey, text, known)));
            return null;
        }
        return value.get();
    }

    /** A whole number of zero or more, or null when the cell is empty or (with a problem added) not one. */
    static Long count(String text, String header, char delimiter, int line, List<LineProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        OptionalDouble value = CsvNumbers.parse(text, delimiter);
        if (value.isEmpty() || value.getAsDouble() < 0 || value.getAsDouble() != Math.rint(value.getAsDouble())
                || value.getAsDouble() > Long.MAX_VALUE / 2) {
            problems.add(new LineProblem(line, Messages.get("interchange.csv.badCount", header, text)));
            return null;
        }
        return (long) value.getAsDouble();
    }

    /** A number from {@code min} to {@code max}, or null when the cell is empty or (with a problem added) not one. */
    static Double amount(String text, String header, char delimiter, int line, List<LineProblem> problems,
                         double min, double max) {
        if (text.isEmpty()) {
            return null;
        }
        OptionalDouble value = CsvNumbers.parse(text, delimiter);
        if (value.isEmpty() || value.getAsDouble() < min || value.getAsDouble() > max) {
            String range = max == Double.MAX_VALUE ? Messages.get("interchange.csv.rangeFrom", CsvNumbers.format(min))
                    : Messages.get("interchange.csv.rangeBetween", CsvNumbers.format(min), CsvNumbers.format(max));
            problems.add(new LineProblem(line, Messages.get("interchange.csv.badAmount", header, text, range)));
            return null;
        }
        return value.getAsDouble();
    }
}
