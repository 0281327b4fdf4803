package app.masa.model;

import java.time.LocalDate;

/**
 * How well research backs a card: an assumption still to check, or backed by evidence from a
 * source (a survey, interviews, analytics…) gathered on a date. Unmarked cards carry {@link #NONE}.
 *
 * @param source where the evidence comes from, for {@link Backing#EVIDENCE}; may be null
 * @param date when it was gathered, or null
 */
public record Evidence(Backing backing, MetricSource source, LocalDate date, Extras extras) {
    public static final Evidence NONE = new Evidence(null, null, null, Extras.NONE);

    /** An assumption or a card backed by evidence. */
    public enum Backing { ASSUMPTION, EVIDENCE }

    public Evidence {
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Evidence assumption() {
        return new Evidence(Backing.ASSUMPTION, null, null, Extras.NONE);
    }

    public static Evidence backedBy(MetricSource source, LocalDate date) {
        return new Evidence(Backing.EVIDENCE, source, date, Extras.NONE);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean isAssumption() {
        return backing == Backing.ASSUMPTION;
    }

    public boolean isBacked() {
        return backing == Backing.EVIDENCE;
    }
}
