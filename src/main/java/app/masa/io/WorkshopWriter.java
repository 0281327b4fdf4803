package app.masa.io;

import app.masa.model.CardType;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a map's "conversion-paths" and "vote". Steps and dots that name a card the map no longer
 * has are left out (and a path left with no step with them), so that a file Masa saves always opens
 * again; the document in memory keeps them, so undoing the card's deletion brings them back.
 */
final class WorkshopWriter {
    private final JsonGenerator g;
    private final JourneyMap map;
    private Set<String> cardIds;

    WorkshopWriter(JsonGenerator g, JourneyMap map) {
        this.g = g;
        this.map = map;
    }

    void conversionPaths() throws IOException {
        List<ConversionPath> paths = new ArrayList<>();
        for (ConversionPath path : map.conversionPaths()) {
            List<String> steps = path.steps().stream().filter(this::isKnownStep).toList();
            if (!steps.isEmpty()) {
                paths.add(steps.size() == path.steps().size() ? path : path.withSteps(steps));
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("conversion-paths");
        for (ConversionPath path : paths) {
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
        g.writeEndArray();
    }

    void vote() throws IOException {
        DotVote vote = map.vote();
        if (vote == null) {
            return;
        }
        g.writeObjectFieldStart("vote");
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
        Map<String, Integer> standing = map.standingVote().dots();
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

    private boolean isKnownStep(String step) {
        return ConversionPath.isChannelStep(step) ? ConversionPath.channelOf(step).isPresent() : isCard(step);
    }

    private boolean isCard(String id) {
        if (cardIds == null) {
            cardIds = new HashSet<>(map.cards().size() * 2);
            map.cards().forEach(c -> cardIds.add(c.id()));
        }
        return cardIds.contains(id);
    }
}
