package app.masa.io.interchange;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Persona;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A map as a Mermaid {@code journey} diagram: its title, one section per stage, and one task per
 * touchpoint with its score on Mermaid's 1–5 scale and the map's personas as the actors. Mermaid has
 * no "not rated", so a touchpoint without a score is written at the middle of the scale (3).
 */
public final class MermaidWriter {
    static final String INDENT = "    ";
    static final int UNRATED = 3;

    private MermaidWriter() {
    }

    public static String write(JourneyMap map) {
        StringBuilder text = new StringBuilder("journey\n");
        if (!map.title().isBlank()) {
            text.append(INDENT).append("title ").append(MermaidText.escapeTitle(map.title())).append('\n');
        }
        String actors = actors(map.personas());
        Map<String, List<Card>> byStage = map.touchpointsInJourneyOrder().stream()
                .collect(Collectors.groupingBy(Card::stageId));
        for (Stage stage : map.stages()) {
            text.append(INDENT).append("section ").append(name(stage)).append('\n');
            for (Card card : byStage.getOrDefault(stage.id(), List.of())) {
                int score = card.score() == null ? UNRATED : MermaidScores.fromScale(card.score(), map.scale());
                text.append(INDENT).append(INDENT).append(taskName(card)).append(": ").append(score);
                if (!actors.isEmpty()) {
                    text.append(": ").append(actors);
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String name(Stage stage) {
        String name = MermaidText.escape(stage.name());
        return name.isEmpty() ? stage.id() : name;
    }

    private static String taskName(Card card) {
        String title = MermaidText.escape(card.title());
        return title.isEmpty() ? MermaidText.escape(card.body()) : title;
    }

    private static String actors(List<Persona> personas) {
        List<String> names = new ArrayList<>();
        for (Persona persona : personas) {
            // a comma separates actors, so one inside a name would split it in two
            String name = MermaidText.escape(persona.name()).replace(',', ' ').strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }
}
