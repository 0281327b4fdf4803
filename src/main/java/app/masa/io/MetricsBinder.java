package app.masa.io;

import app.masa.model.Evidence;
import app.masa.model.MetricSource;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.OpportunityDetails;
import app.masa.model.OpportunityStatus;

/** Binds the figures of a card ("metrics") and of a stage ("nps"): counts never negative, CSAT from 1 to 5. */
final class MetricsBinder {
    private MetricsBinder() {
    }

    static Metrics metrics(Fields card) {
        Fields m = card.child("metrics");
        if (m == null) {
            return Metrics.EMPTY;
        }
        Long reach = m.count("reach");
        Long conversions = m.count("conversions");
        Double csat = m.numberBetween("csat", Metrics.CSAT_MIN, Metrics.CSAT_MAX);
        Double cost = m.number("cost", 0, false);
        return new Metrics(reach, conversions, csat, cost, m.choice("source", MetricSource.class), m.date("date"),
                m.extras(KnownFields.METRICS));
    }

    /** A card's "evidence": its backing is required, the source and date are optional. */
    static Evidence evidence(Fields card) {
        Fields e = card.child("evidence");
        if (e == null) {
            return Evidence.NONE;
        }
        Evidence.Backing backing = e.require("backing") ? e.choice("backing", Evidence.Backing.class) : null;
        return new Evidence(backing, e.choice("source", MetricSource.class), e.date("date"),
                e.extras(KnownFields.EVIDENCE));
    }

    /** An opportunity card's impact and effort (1 to 5), owner, status and the card it answers. */
    static OpportunityDetails opportunity(Fields card) {
        Fields o = card.child("opportunity");
        if (o == null) {
            return OpportunityDetails.EMPTY;
        }
        Integer impact = o.integer("impact", OpportunityDetails.MIN, OpportunityDetails.MAX);
        Integer effort = o.integer("effort", OpportunityDetails.MIN, OpportunityDetails.MAX);
        return new OpportunityDetails(impact, effort, o.string("owner"), o.choice("status", OpportunityStatus.class),
                o.string("answers"), o.extras(KnownFields.OPPORTUNITY));
    }

    static Nps nps(Fields stage) {
        Fields n = stage.child("nps");
        if (n == null) {
            return Nps.EMPTY;
        }
        Long promoters = n.count("promoters");
        Long passives = n.count("passives");
        Long detractors = n.count("detractors");
        return new Nps(orZero(promoters), orZero(passives), orZero(detractors), n.choice("source", MetricSource.class),
                n.date("date"), n.extras(KnownFields.NPS));
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }
}
