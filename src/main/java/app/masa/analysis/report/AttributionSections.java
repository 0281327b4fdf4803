package app.masa.analysis.report;

import app.masa.analysis.AttributionModel;
import app.masa.analysis.AttributionTable;
import app.masa.analysis.Credit;
import app.masa.analysis.MapAttribution;
import app.masa.analysis.StepNames;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The attribution part of the report: conversions per channel and per touchpoint under each of the
 * five models side by side, and their value when the paths record one.
 */
final class AttributionSections {
    private final MapAttribution attribution;
    private final ReportNumbers numbers;
    private final StepNames names;
    private final Locale words;

    AttributionSections(JourneyMap map, MapAttribution attribution, ReportNumbers numbers, Locale words) {
        this.attribution = attribution;
        this.numbers = numbers;
        this.names = new StepNames(map, words);
        this.words = words;
    }

    List<ReportSection> sections() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(table("attributionChannels", attribution.byChannel(), key -> StepNames.channelName(key, words), false));
        if (!attribution.isEmpty()) {
            sections.add(table("attributionTouchpoints", attribution.byStep(), names::stepName, false));
            if (attribution.byStep().total().value() > 0) {
                sections.add(table("attributionValue", attribution.byChannel(), key -> StepNames.channelName(key, words), true));
            }
        }
        return sections;
    }

    private ReportSection table(String name, AttributionTable table, Function<String, String> rowName, boolean value) {
        List<String> columns = new ArrayList<>();
        columns.add(Messages.get(words, "report.column." + (name.equals("attributionTouchpoints") ? "touchpoint" : "channel")));
        for (AttributionModel model : AttributionModel.values()) {
            columns.add(modelName(model));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String key : table.keys()) {
            List<String> row = new ArrayList<>();
            row.add(rowName.apply(key));
            for (AttributionModel model : AttributionModel.values()) {
                row.add(figure(table.credit(key, model), value));
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            List<String> total = new ArrayList<>();
            total.add(Messages.get(words, "report.total"));
            for (int i = 0; i < AttributionModel.values().length; i++) {
                total.add(figure(table.total(), value));
            }
            rows.add(total);
        }
        String heading = Messages.get(words, "report.section." + name, numbers.credit(attribution.halfLife()));
        return new ReportSection(heading, columns, rows, Messages.get(words, "report.empty.attribution"));
    }

    private String figure(Credit credit, boolean value) {
        return value ? numbers.money(credit.value()) : numbers.credit(credit.conversions());
    }

    private String modelName(AttributionModel model) {
        return Messages.get(words, "analysis.model." + Kebab.of(model));
    }
}
