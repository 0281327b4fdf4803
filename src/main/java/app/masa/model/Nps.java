package app.masa.model;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Net Promoter Score answers of one stage, as counts: promoters answered 9–10, passives 7–8,
 * detractors 0–6. The score and the shares are worked out from the counts and never stored.
 */
public record Nps(long promoters, long passives, long detractors, MetricSource source, LocalDate date,
                  Extras extras) {
    public static final Nps EMPTY = new Nps(0, 0, 0, null, null, Extras.NONE);

    public Nps {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("NPS counts cannot be negative");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Nps of(long promoters, long passives, long detractors) {
        return new Nps(promoters, passives, detractors, null, null, Extras.NONE);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public long answers() {
        return promoters + passives + detractors;
    }

    /** The share of promoters minus the share of detractors, from -100 to 100; empty without answers. */
    public OptionalDouble score() {
        long total = answers();
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / total);
    }

    /** From 0 to 1; empty without answers. */
    public OptionalDouble promoterShare() {
        return share(promoters);
    }

    public OptionalDouble passiveShare() {
        return share(passives);
    }

    public OptionalDouble detractorShare() {
        return share(detractors);
    }

    private OptionalDouble share(long count) {
        long total = answers();
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
    }

    public Nps withCounts(long p, long n, long d) { return new Nps(p, n, d, source, date, extras); }
    public Nps withSource(MetricSource v) { return new Nps(promoters, passives, detractors, v, date, extras); }
    public Nps withDate(LocalDate v) { return new Nps(promoters, passives, detractors, source, v, extras); }
}
