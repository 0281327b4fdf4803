package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.MetricSource;
import app.masa.model.Nps;
import app.masa.model.Stage;
import app.masa.model.JourneyMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Net Promoter Score answers per stage from a table, as the Stage NPS sheet of a workbook holds
 * them: a stage (by name or id), promoters, passives, detractors, and optionally the source and the
 * date. Columns are found by their English or Hebrew names; every problem names its row.
 */
public final class StageNpsSheet {
    private static final List<String> STAGE = List.of("stage", "שלב");
    private static final List<String> PROMOTERS = List.of("promoters", "ממליצים");
    private static final List<String> PASSIVES = List.of("passives", "פסיביים");
    private static final List<String> DETRACTORS = List.of("detractors", "מלעיזים");
    private static final List<String> SOURCE = List.of("source", "מקור");
    private static final List<String> DATE = List.of("date", "תאריך");

    private StageNpsSheet() {
    }

    /** The answers of each stage the table names, by stage id, in the table's order. */
    public static Map<String, Nps> read(CsvTable table, JourneyMap map) throws InterchangeException {
        List<LineProblem> problems = new ArrayList<>();
        for (List<String> needed : List.of(STAGE, PROMOTERS, PASSIVES, DETRACTORS)) {
            if (table.column(needed) < 0) {
                problems.add(new LineProblem(1, Messages.get("interchange.nps.noColumn", needed.get(0))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(table.placed(problems));
        }
        int stage = table.column(STAGE);
        int promoters = table.column(PROMOTERS);
        int passives = table.column(PASSIVES);
        int detractors = table.column(DETRACTORS);
        int source = table.column(SOURCE);
        int date = table.column(DATE);
        Map<String, Stage> stages = stagesByName(map);
        Map<String, Nps> answers = new LinkedHashMap<>();
        for (CsvRecord record : table.records()) {
            if (record.isBlank()) {
                continue;
            }
            int line = record.line();
            String name = record.field(stage).strip();
            Stage named = stages.get(CardField.normalise(name));
            if (named == null) {
                problems.add(new LineProblem(line, Messages.get("interchange.nps.unknownStage", name)));
                continue;
            }
            if (answers.containsKey(named.id())) {
                problems.add(new LineProblem(line, Messages.get("interchange.nps.twice", name)));
                continue;
            }
            int before = problems.size();
            Long p = count(record, promoters, table, problems);
            Long n = count(record, passives, table, problems);
            Long d = count(record, detractors, table, problems);
            MetricSource from = CellValues.enumValue(MetricSource.class, record.field(source).strip(),
                    "inspector.metrics.source.", "interchange.csv.badSource", line, problems);
            LocalDate on = CellValues.date(record.field(date).strip(), line, problems);
            if (problems.size() == before) {
                answers.put(named.id(), new Nps(p, n, d, from, on, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(table.placed(problems));
        }
        return answers;
    }

    /** A count the row must have: an empty cell is a problem too, since zero answers is written as 0. */
    private static Long count(CsvRecord record, int column, CsvTable table, List<LineProblem> problems) {
        String text = record.field(column).strip();
        String header = table.header().get(column);
        Long value = CellValues.count(text, header, table.delimiter(), record.line(), problems);
        if (value == null && text.isEmpty()) {
            problems.add(new LineProblem(record.line(), Messages.get("interchange.csv.badCount", header, text)));
        }
        return value;
    }

    private static Map<String, Stage> stagesByName(JourneyMap map) {
        Map<String, Stage> byName = new HashMap<>();
        map.stages().forEach(s -> byName.putIfAbsent(CardField.normalise(s.name()), s));
        map.stages().forEach(s -> byName.putIfAbsent(CardField.normalise(s.id()), s));
        return byName;
    }
}
