package app.masa.io.interchange;

import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.EmotionScale;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import java.time.LocalDate;
import java.util.List;

/** The typed fields of one CSV row (type, channel, score, figures), read and checked. */
record CsvCardValues(CardType type, Channel channel, Integer score, Integer expected, Metrics metrics) {

    /** The values of a row, or null after adding a problem for each field that cannot be read. */
    static CsvCardValues read(CsvRecord record, CsvMapping mapping, char delimiter, EmotionScale scale,
                              List<LineProblem> problems) {
        int before = problems.size();
        int line = record.line();
        CardType type = CellValues.enumValue(CardType.class, mapping.text(record, CardField.TYPE), "palette.type.",
                "interchange.csv.badType", line, problems);
        Channel channel = CellValues.enumValue(Channel.class, mapping.text(record, CardField.CHANNEL), "inspector.channel.",
                "interchange.csv.badChannel", line, problems);
        Integer score = CellValues.score(mapping.text(record, CardField.SCORE), delimiter, scale, line, problems);
        Integer expected = CellValues.score(mapping.text(record, CardField.EXPECTED), delimiter, scale, line, problems);
        Long reach = count(record, mapping, CardField.REACH, delimiter, problems);
        Long conversions = count(record, mapping, CardField.CONVERSIONS, delimiter, problems);
        Double csat = amount(record, mapping, CardField.CSAT, delimiter, problems, Metrics.CSAT_MIN, Metrics.CSAT_MAX);
        Double cost = amount(record, mapping, CardField.COST, delimiter, problems, 0, Double.MAX_VALUE);
        MetricSource source = CellValues.enumValue(MetricSource.class, mapping.text(record, CardField.SOURCE),
                "inspector.metrics.source.", "interchange.csv.badSource", line, problems);
        LocalDate measured = CellValues.date(mapping.text(record, CardField.MEASURED), line, problems);
        if (problems.size() > before) {
            return null;
        }
        Metrics metrics = Metrics.EMPTY.withReach(reach).withConversions(conversions).withCsat(csat).withCost(cost)
                .withSource(source).withDate(measured);
        return new CsvCardValues(type, channel, score, expected, metrics);
    }

    private static Long count(CsvRecord record, CsvMapping mapping, CardField field, char delimiter,
                              List<LineProblem> problems) {
        return CellValues.count(mapping.text(record, field), field.header(), delimiter, record.line(), problems);
    }

    private static Double amount(CsvRecord record, CsvMapping mapping, CardField field, char delimiter,
                                 List<LineProblem> problems, double min, double max) {
        return CellValues.amount(mapping.text(record, field), field.header(), delimiter, record.line(), problems,
                min, max);
    }
}
