package app.masa.io.interchange;

import app.masa.model.JourneyMap;
import java.util.List;

/**
 * A map read from a Mermaid diagram, and what was changed on the way in (a score pulled onto the
 * scale, settings Masa does not use), so that the person importing can be told.
 */
public record MermaidImport(JourneyMap map, List<LineProblem> notes) {
    public MermaidImport {
        notes = List.copyOf(notes);
    }
}
