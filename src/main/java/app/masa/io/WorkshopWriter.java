package app.masa.io;

import app.masa.model.CardType;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a map's "conversion-paths" and "vote" as they stand on the cards the map has (see
 * {@link JourneyMap#standingConversionPaths()} and {@link JourneyMap#standingVote()}), so that a
 * file Masa saves always opens again; the document in memory keeps every step and dot, so undoing
 * a card's deletion brings them back.
 */
final class WorkshopWriter {
    private final JsonGenerator g;
    private final JourneyMap map;

    WorkshopWriter(JsonGenerator g, JourneyMap map) {
        this.g = g;
        this.map = map;
    }

    void conversionPaths() throws IOException {
        List<ConversionPath> paths = map.standingConversionPaths();
        if (paths.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("conversion-paths");
        for (ConversionPath path : paths) {
            path(g, path);
        }
        g.writeEndArray();
    }

    static void path(JsonGenerator g, ConversionPath path) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", path.id());
        g.writeArrayFieldStart("steps");
        for (String step : path.steps()) {
            g.writeString(step);
        }
        g.writeEndArray();
        if (path.conversions() != 0) {
            g.writeNumberField("conversions", path.conversions());
        }
        if (path.value() != 0) {
            FigureWriter.decimal(g, "value", path.value());
        }
        JourneyWriter.writeExtras(g, path.extras());
        g.writeEndObject();
    }

    void vote() throws IOException {
        if (map.vote() != null) {
            vote(g, "vote", map.vote(), map.standingVote().dots());
        }
    }

    /** A vote under the member {@code name}, with the dots given (those on cards the map has). */
    static void vote(JsonGenerator g, String name, DotVote vote, Map<String, Integer> standing) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("dots-per-participant", vote.dotsPerParticipant());
        g.writeNumberField("participants", vote.participants());
        if (!vote.eligible().isEmpty()) {
            g.writeArrayFieldStart("eligible");
            for (CardType type : vote.eligible()) {
                g.writeString(Kebab.of(type));
            }
            g.writeEndArray();
        }
        if (vote.open()) {
            g.writeBooleanField("open", true);
        }
        if (!standing.isEmpty()) {
            g.writeObjectFieldStart("dots");
            for (Map.Entry<String, Integer> dots : standing.entrySet()) {
                g.writeNumberField(dots.getKey(), dots.getValue());
            }
            g.writeEndObject();
        }
        JourneyWriter.writeExtras(g, vote.extras());
        g.writeEndObject();
    }
}
