package app.masa.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shares the conversions of recorded paths among their steps under one attribution model. */
public final class Attribution {
    private Attribution() {
    }

    /**
     * The credit of every step key, in the order the keys first appear in the paths. A key that
     * appears twice in one path gets the weights of both positions. Paths without steps credit no
     * one (see {@link #unattributed}).
     */
    public static Map<String, Credit> credit(List<TouchPath> paths, AttributionModel model, double halfLife) {
        Map<String, Credit> credit = new LinkedHashMap<>();
        for (TouchPath path : paths) {
            if (path.isEmpty()) {
                continue;
            }
            double[] weights = model.weights(path.steps().size(), halfLife);
            Credit whole = new Credit(path.conversions(), path.value());
            for (int i = 0; i < weights.length; i++) {
                credit.merge(path.steps().get(i), whole.times(weights[i]), Credit::plus);
            }
        }
        return Collections.unmodifiableMap(credit);
    }

    /** The same credit gathered into groups (a touchpoint's credit into its channel), in first-seen order. */
    public static Map<String, Credit> groupedBy(Map<String, Credit> credit, Function<String, String> group) {
        Map<String, Credit> grouped = new LinkedHashMap<>();
        credit.forEach((key, c) -> grouped.merge(group.apply(key), c, Credit::plus));
        return Collections.unmodifiableMap(grouped);
    }

    /** All conversions and value of the paths that have at least one step: what every model hands out. */
    public static Credit total(List<TouchPath> paths) {
        Credit total = Credit.NONE;
        for (TouchPath path : paths) {
            if (!path.isEmpty()) {
                total = total.plus(new Credit(path.conversions(), path.value()));
            }
        }
        return total;
    }

    /** Conversions recorded without any step, which no model can credit. */
    public static Credit unattributed(List<TouchPath> paths) {
        Credit none = Credit.NONE;
        for (TouchPath path : paths) {
            if (path.isEmpty()) {
                none = none.plus(new Credit(path.conversions(), path.value()));
            }
        }
        return none;
    }
}
