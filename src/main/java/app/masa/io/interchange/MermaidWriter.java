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
 * touchpoint with its score on Mermaid's 1–5 scale and its actors (the map's personas when no card
 * names any). Mermaid has
 * no "not rated", so a touchpoint without a score is written at the middle of the scale (3). The
 * title is also the accessible title, and the scenario the accessible description, which screen
 * readers announce and which reading the diagram back turns into the scenario again.
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
            text.append(INDENT).append("accTitle: ").append(MermaidText.oneLine(map.title())).append('\n');
        }
        if (!map.scenario().isBlank()) {
            text.append(INDENT).append("accDescr: ").append(MermaidText.oneLine(map.scenario())).append('\n');
        }
        // A map that names actors on its touchpoints (one read from Mermaid) gets them back task by
        // task; a map that names none has its personas take part everywhere.
        boolean actorsPerCard = map.cards().stream().anyMatch(c -> !c.touchpoint().actors().isEmpty());
        String everyone = actors(map.personas().stream().map(Persona::name).toList());
        Map<String, List<Card>> byStage = map.touchpointsInJourneyOrder().stream()
                .collect(Collectors.groupingBy(Card::stageId));
        for (Stage stage : map.stages()) {
            text.append(INDENT).append("section ").append(name(stage)).append('\n');
            for (Card card : byStage.getOrDefault(stage.id(), List.of())) {
                int score = card.score() == null ? UNRATED : MermaidScores.fromScale(card.score(), map.scale());
                String actors = actorsPerCard ? actors(card.touchpoint().actors()) : everyone;
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

    /** The title, else the body, else the id: Mermaid refuses a task without a name. */
    private static String taskName(Card card) {
        for (String text : List.of(card.title(), card.body(), card.id())) {
            String name = MermaidText.escapeTaskName(text);
            if (!name.isEmpty()) {
                return name;
            }
        }
        return card.id();
    }

    private static String actors(List<String> people) {
        List<String> names = new ArrayList<>();
        for (String person : people) {
            String name = MermaidText.escapeActor(person);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }
}
