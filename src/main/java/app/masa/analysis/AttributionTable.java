package app.masa.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The five models side by side: one row per touchpoint (or channel), one column per model, as the
 * Numbers panel and the report show them.
 *
 * @param keys rows, in the order they first appear in the paths
 */
public record AttributionTable(List<String> keys, Map<AttributionModel, Map<String, Credit>> byModel, Credit total) {
    public AttributionTable {
        keys = List.copyOf(keys);
        byModel = Collections.unmodifiableMap(new EnumMap<>(byModel));
    }

    /** Credit per step key under every model. */
    public static AttributionTable of(List<TouchPath> paths, double halfLife) {
        return build(paths, halfLife, Function.identity());
    }

    /** Credit per group of step keys (for example per channel) under every model. */
    public static AttributionTable grouped(List<TouchPath> paths, double halfLife, Function<String, String> group) {
        return build(paths, halfLife, group);
    }

    private static AttributionTable build(List<TouchPath> paths, double halfLife, Function<String, String> group) {
        Map<AttributionModel, Map<String, Credit>> byModel = new EnumMap<>(AttributionModel.class);
        Set<String> keys = new LinkedHashSet<>();
        for (AttributionModel model : AttributionModel.values()) {
            Map<String, Credit> credit = Attribution.groupedBy(Attribution.credit(paths, model, halfLife), group);
            byModel.put(model, credit);
        }
        // rows in journey order: the order of first appearance in the paths, not in one model's result
        for (TouchPath path : paths) {
            for (String step : path.steps()) {
                keys.add(group.apply(step));
            }
        }
        return new AttributionTable(new ArrayList<>(keys), byModel, Attribution.total(paths));
    }

    public Credit credit(String key, AttributionModel model) {
        return byModel.getOrDefault(model, Map.of()).getOrDefault(key, Credit.NONE);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
