package app.masa.io.interchange;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Channel;
import app.masa.model.ConversionPath;
import app.masa.model.Extras;
import app.masa.model.Ids;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Conversion paths from a spreadsheet, as analytics tools export them: a column with the path, its
 * steps joined by "&gt;" (or "→"), a column of conversions and an optional column of value. A step names
 * a touchpoint of the map by title (or id), or a channel ("social", "Social media", "רשתות חברתיות").
 */
public final class PathCsv {
    private static final List<String> PATH_NAMES = List.of("path", "steps", "journey", "מסלול", "צעדים");
    private static final List<String> CONVERSION_NAMES = List.of("conversions", "המרות");
    private static final List<String> VALUE_NAMES = List.of("value", "revenue", "שווי", "הכנסה", "הכנסות");
    private static final String STEP_SEPARATORS = "\\s*(?:>|→|←|›|\\|)\\s*";

    private PathCsv() {
    }

    /** The paths of the table, with new ids; problems name their lines, and then no path is returned. */
    public static List<ConversionPath> read(CsvTable table, JourneyMap map) throws InterchangeException {
        int pathColumn = table.column(PATH_NAMES);
        int conversionColumn = table.column(CONVERSION_NAMES);
        int valueColumn = table.column(VALUE_NAMES);
        List<LineProblem> problems = new ArrayList<>();
        if (pathColumn < 0) {
            problems.add(new LineProblem(1, Messages.get("interchange.paths.noColumn", "path")));
        }
        if (conversionColumn < 0) {
            problems.add(new LineProblem(1, Messages.get("interchange.paths.noColumn", "conversions")));
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(table.placed(problems));
        }
        Map<String, String> steps = stepNames(map);
        Set<String> taken = new HashSet<>();
        map.conversionPaths().forEach(p -> taken.add(p.id()));
        List<ConversionPath> paths = new ArrayList<>();
        for (CsvRecord record : table.records()) {
            List<String> keys = new ArrayList<>();
            for (String step : record.field(pathColumn).strip().split(STEP_SEPARATORS)) {
                if (step.isBlank()) {
                    continue;
                }
                String key = steps.get(CardField.normalise(step));
                if (key == null) {
                    problems.add(new LineProblem(record.line(), Messages.get("interchange.paths.unknownStep", step)));
                } else {
                    keys.add(key);
                }
            }
            if (keys.isEmpty() && record.field(pathColumn).isBlank()) {
                problems.add(new LineProblem(record.line(), Messages.get("interchange.paths.noSteps")));
            }
            OptionalDouble conversions = CsvNumbers.parse(record.field(conversionColumn), table.delimiter());
            if (conversions.isEmpty() || conversions.getAsDouble() < 0 || conversions.getAsDouble() != Math.rint(conversions.getAsDouble())) {
                problems.add(new LineProblem(record.line(), Messages.get("interchange.csv.badCount", "conversions",
                        record.field(conversionColumn))));
                continue;
            }
            double value = 0;
            if (valueColumn >= 0 && !record.field(valueColumn).isBlank()) {
                OptionalDouble parsed = CsvNumbers.parse(record.field(valueColumn), table.delimiter());
                if (parsed.isEmpty() || parsed.getAsDouble() < 0) {
                    problems.add(new LineProblem(record.line(), Messages.get("interchange.csv.badAmount", "value",
                            record.field(valueColumn), Messages.get("interchange.csv.rangeFrom", "0"))));
                    continue;
                }
                value = parsed.getAsDouble();
            }
            String id = Ids.next("path", taken);
            taken.add(id);
            paths.add(new ConversionPath(id, keys, (long) conversions.getAsDouble(), value, Extras.NONE));
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(table.placed(problems));
        }
        return paths;
    }

    /** Every name a step may go by, to its key: touchpoint titles first, then channels, then card ids. */
    private static Map<String, String> stepNames(JourneyMap map) {
        Map<String, String> names = new HashMap<>();
        for (Card card : map.touchpointsInJourneyOrder()) {
            names.putIfAbsent(CardField.normalise(card.title()), card.id());
        }
        for (Channel channel : Channel.values()) {
            String key = ConversionPath.channelStep(channel);
            names.putIfAbsent(CardField.normalise(key), key);
            names.putIfAbsent(CardField.normalise(Kebab.of(channel)), key);
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("he"))) {
                String labelKey = "inspector.channel." + channel.name().toLowerCase(Locale.ROOT);
                if (Messages.has(language, labelKey)) {
                    names.putIfAbsent(CardField.normalise(Messages.get(language, labelKey)), key);
                }
            }
        }
        for (Card card : map.cards()) {
            names.putIfAbsent(CardField.normalise(card.id()), card.id());
        }
        return names;
    }
}
