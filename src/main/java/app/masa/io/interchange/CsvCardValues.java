package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.EmotionScale;
import app.masa.model.Kebab;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The typed fields of one CSV row (type, channel, score, figures), read and checked. */
record CsvCardValues(CardType type, Channel channel, Integer score, Integer expected, Metrics metrics) {

    /** The values of a row, or null after adding a problem for each field that cannot be read. */
    static CsvCardValues read(CsvRecord record, CsvMapping mapping, char delimiter, EmotionScale scale,
                              List<LineProblem> problems) {
        int before = problems.size();
        int line = record.line();
        CardType type = parseEnum(CardType.class, mapping.text(record, CardField.TYPE), "palette.type.",
                "interchange.csv.badType", line, problems);
        Channel channel = parseEnum(Channel.class, mapping.text(record, CardField.CHANNEL), "inspector.channel.",
                "interchange.csv.badChannel", line, problems);
        Integer score = score(mapping.text(record, CardField.SCORE), delimiter, scale, line, problems);
        Integer expected = score(mapping.text(record, CardField.EXPECTED), delimiter, scale, line, problems);
        Long reach = count(record, mapping, CardField.REACH, delimiter, problems);
        Long conversions = count(record, mapping, CardField.CONVERSIONS, delimiter, problems);
        Double csat = amount(record, mapping, CardField.CSAT, delimiter, problems, Metrics.CSAT_MIN, Metrics.CSAT_MAX);
        Double cost = amount(record, mapping, CardField.COST, delimiter, problems, 0, Double.MAX_VALUE);
        MetricSource source = parseEnum(MetricSource.class, mapping.text(record, CardField.SOURCE),
                "inspector.metrics.source.", "interchange.csv.badSource", line, problems);
        LocalDate measured = date(mapping.text(record, CardField.MEASURED), line, problems);
        if (problems.size() > before) {
            return null;
        }
        Metrics metrics = Metrics.EMPTY.withReach(reach).withConversions(conversions).withCsat(csat).withCost(cost)
                .withSource(source).withDate(measured);
        return new CsvCardValues(type, channel, score, expected, metrics);
    }

    /** A date written as the file format writes it (2026-11-01), or null when the cell is empty. */
    private static LocalDate date(String text, int line, List<LineProblem> problems) {
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
    private static Integer score(String text, char delimiter, EmotionScale scale, int line, List<LineProblem> problems) {
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

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String labelPrefix, String problemKey,
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

    private static Long count(CsvRecord record, CsvMapping mapping, CardField field, char delimiter,
                              List<LineProblem> problems) {
        String text = mapping.text(record, field);
        if (text.isEmpty()) {
            return null;
        }
        OptionalDouble value = CsvNumbers.parse(text, delimiter);
        if (value.isEmpty() || value.getAsDouble() < 0 || value.getAsDouble() != Math.rint(value.getAsDouble())
                || value.getAsDouble() > Long.MAX_VALUE / 2) {
            problems.add(new LineProblem(record.line(), Messages.get("interchange.csv.badCount", field.header(), text)));
            return null;
        }
        return (long) value.getAsDouble();
    }

    private static Double amount(CsvRecord record, CsvMapping mapping, CardField field, char delimiter,
                                 List<LineProblem> problems, double min, double max) {
        String text = mapping.text(record, field);
        if (text.isEmpty()) {
            return null;
        }
        OptionalDouble value = CsvNumbers.parse(text, delimiter);
        if (value.isEmpty() || value.getAsDouble() < min || value.getAsDouble() > max) {
            String range = max == Double.MAX_VALUE ? Messages.get("interchange.csv.rangeFrom", CsvNumbers.format(min))
                    : Messages.get("interchange.csv.rangeBetween", CsvNumbers.format(min), CsvNumbers.format(max));
            problems.add(new LineProblem(record.line(), Messages.get("interchange.csv.badAmount", field.header(), text, range)));
            return null;
        }
        return value.getAsDouble();
    }
}
