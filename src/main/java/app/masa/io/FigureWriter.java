package app.masa.io;

import app.masa.model.Evidence;
import app.masa.model.Picture;
import app.masa.model.Kebab;
import app.masa.model.OpportunityDetails;
import app.masa.model.Metrics;
import app.masa.model.Nps;
import app.masa.model.TouchpointDetails;
import app.masa.model.TouchpointQuestion;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a card's "touchpoint" and "metrics" and a stage's "nps" in the canonical order of
 * docs/file-format.md, each left out when empty, unknown fields last.
 */
final class FigureWriter {
    /** Whole numbers up to this size are written without a decimal point: "cost": 300, not 300.0. */
    private static final double LARGEST_PLAIN_WHOLE = 1e15;

    private final JsonGenerator g;

    FigureWriter(JsonGenerator g) {
        this.g = g;
    }

    void touchpoint(TouchpointDetails t) throws IOException {
        if (t.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("touchpoint");
        if (t.expectedScore() != null) {
            g.writeNumberField("expected", t.expectedScore());
        }
        if (t.presence() != null) {
            g.writeStringField("presence", Kebab.of(t.presence()));
        }
        if (t.facing() != null) {
            g.writeStringField("facing", Kebab.of(t.facing()));
        }
        if (!t.owner().isEmpty()) {
            g.writeStringField("owner", t.owner());
        }
        if (!t.actors().isEmpty()) {
            g.writeArrayFieldStart("actors");
            for (String actor : t.actors()) {
                g.writeString(actor);
            }
            g.writeEndArray();
        }
        if (!t.answers().isEmpty() || !t.otherAnswers().isEmpty()) {
            g.writeObjectFieldStart("answers");
            for (Map.Entry<TouchpointQuestion, String> answer : t.answers().entrySet()) {
                g.writeStringField(Kebab.of(answer.getKey()), answer.getValue());
            }
            JourneyWriter.writeExtras(g, t.otherAnswers());
            g.writeEndObject();
        }
        JourneyWriter.writeExtras(g, t.extras());
        g.writeEndObject();
    }

    void metrics(Metrics m) throws IOException {
        if (m.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("metrics");
        if (m.reach() != null) {
            g.writeNumberField("reach", m.reach());
        }
        if (m.conversions() != null) {
            g.writeNumberField("conversions", m.conversions());
        }
        if (m.csat() != null) {
            decimal(g, "csat", m.csat());
        }
        if (m.cost() != null) {
            decimal(g, "cost", m.cost());
        }
        sourceAndDate(m.source() == null ? null : Kebab.of(m.source()), m.date());
        JourneyWriter.writeExtras(g, m.extras());
        g.writeEndObject();
    }

    /** A card's "picture": the embedded image, then its focus point when it is not the centre. */
    void picture(Picture p) throws IOException {
        if (p == null) {
            return;
        }
        g.writeObjectFieldStart("picture");
        g.writeStringField("image", p.image());
        if (p.focusX() != 0.5 || p.focusY() != 0.5) {
            decimal(g, "focus-x", p.focusX());
            decimal(g, "focus-y", p.focusY());
        }
        JourneyWriter.writeExtras(g, p.extras());
        g.writeEndObject();
    }

    /** A card's "evidence": assumption or evidence, then where from and when. */
    void evidence(Evidence e) throws IOException {
        if (e.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("evidence");
        if (e.backing() != null) {
            g.writeStringField("backing", Kebab.of(e.backing()));
        }
        sourceAndDate(e.source() == null ? null : Kebab.of(e.source()), e.date());
        JourneyWriter.writeExtras(g, e.extras());
        g.writeEndObject();
    }

    /** An opportunity card's "opportunity": impact, effort, owner, status, the card it answers. */
    void opportunity(OpportunityDetails o) throws IOException {
        if (o.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("opportunity");
        if (o.impact() != null) {
            g.writeNumberField("impact", o.impact());
        }
        if (o.effort() != null) {
            g.writeNumberField("effort", o.effort());
        }
        if (o.owner() != null) {
            g.writeStringField("owner", o.owner());
        }
        if (o.status() != null) {
            g.writeStringField("status", Kebab.of(o.status()));
        }
        if (o.answers() != null) {
            g.writeStringField("answers", o.answers());
        }
        JourneyWriter.writeExtras(g, o.extras());
        g.writeEndObject();
    }

    void nps(Nps n) throws IOException {
        if (n.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("nps");
        count("promoters", n.promoters());
        count("passives", n.passives());
        count("detractors", n.detractors());
        sourceAndDate(n.source() == null ? null : Kebab.of(n.source()), n.date());
        JourneyWriter.writeExtras(g, n.extras());
        g.writeEndObject();
    }

    private void count(String name, long value) throws IOException {
        if (value != 0) {
            g.writeNumberField(name, value);
        }
    }

    private void sourceAndDate(String source, LocalDate date) throws IOException {
        if (source != null) {
            g.writeStringField("source", source);
        }
        if (date != null) {
            g.writeStringField("date", date.toString());
        }
    }

    /** A number as a person would write it: 300 rather than 300.0, 4.2 as 4.2. */
    static void decimal(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_WHOLE) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
