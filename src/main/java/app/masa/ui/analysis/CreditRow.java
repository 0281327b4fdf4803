package app.masa.ui.analysis;

import app.masa.analysis.AttributionModel;
import app.masa.analysis.AttributionTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One row of the attribution table: a channel or touchpoint, or the totals, and its conversions under each model. */
record CreditRow(String name, Map<AttributionModel, Double> credits) {
    CreditRow {
        credits = Map.copyOf(credits);
    }

    double credit(AttributionModel model) {
        return credits.getOrDefault(model, 0.0);
    }

    /** A row per key of the table, in its order, named by {@code names}. */
    static List<CreditRow> of(AttributionTable table, Function<String, String> names) {
        List<CreditRow> rows = new ArrayList<>();
        for (String key : table.keys()) {
            Map<AttributionModel, Double> credits = new EnumMap<>(AttributionModel.class);
            for (AttributionModel model : AttributionModel.values()) {
                credits.put(model, table.credit(key, model).conversions());
            }
            rows.add(new CreditRow(names.apply(key), credits));
        }
        return rows;
    }

    /** The row that adds every model up: each hands out the same conversions. */
    static CreditRow totals(AttributionTable table, String name) {
        Map<AttributionModel, Double> credits = new EnumMap<>(AttributionModel.class);
        for (AttributionModel model : AttributionModel.values()) {
            credits.put(model, table.total().conversions());
        }
        return new CreditRow(name, credits);
    }
}
