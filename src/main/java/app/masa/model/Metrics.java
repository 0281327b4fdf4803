package app.masa.model;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The figures measured at a touchpoint. Every figure is optional (null); the conversion rate is
 * worked out from reach and conversions and never stored, so it cannot disagree with them.
 *
 * @param reach       people reached, or visits
 * @param conversions how many of them went on to the goal of this touchpoint
 * @param csat        customer satisfaction: the average answer on the usual five-point scale, 1 to 5
 * @param cost        what the touchpoint costs, in the map's currency
 * @param source      where the figures come from
 * @param date        when they were measured
 */
public record Metrics(Long reach, Long conversions, Double csat, Double cost, MetricSource source, LocalDate date,
                      Extras extras) {
    public static final double CSAT_MIN = 1;
    public static final double CSAT_MAX = 5;
    public static final Metrics EMPTY = new Metrics(null, null, null, null, null, null, Extras.NONE);

    public Metrics {
        if ((reach != null && reach < 0) || (conversions != null && conversions < 0)
                || (cost != null && !(cost >= 0 && cost < Double.POSITIVE_INFINITY))) {
            throw new IllegalArgumentException("reach, conversions and cost cannot be negative");
        }
        if (csat != null && !(csat >= CSAT_MIN && csat <= CSAT_MAX)) {
            throw new IllegalArgumentException("CSAT runs from " + CSAT_MIN + " to " + CSAT_MAX + ", not " + csat);
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Conversions per reach (0.05 for 5%), when both are known and something was reached. */
    public OptionalDouble conversionRate() {
        if (reach == null || conversions == null || reach <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) conversions / reach);
    }

    public Metrics withReach(Long v) { return new Metrics(v, conversions, csat, cost, source, date, extras); }
    public Metrics withConversions(Long v) { return new Metrics(reach, v, csat, cost, source, date, extras); }
    public Metrics withCsat(Double v) { return new Metrics(reach, conversions, v, cost, source, date, extras); }
    public Metrics withCost(Double v) { return new Metrics(reach, conversions, csat, v, source, date, extras); }
    public Metrics withSource(MetricSource v) { return new Metrics(reach, conversions, csat, cost, v, date, extras); }
    public Metrics withDate(LocalDate v) { return new Metrics(reach, conversions, csat, cost, source, v, extras); }
}
