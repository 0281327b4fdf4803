package app.masa.analysis.diff;

import app.masa.i18n.Messages;
import app.masa.i18n.SignedNumber;
import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Stage;
import java.util.List;
import java.util.Map;

/**
 * A journey file as lines a person reads, one per stage, lane, card and arrow, in the map's reading
 * order: what git shows a line diff of when it is told to turn the file into text first
 * ({@code textconv}), so that a change reads "Awareness · Touchpoints: Sponsored post (+1)" rather
 * than as JSON.
 */
public final class MapOutline {
    private MapOutline() {
    }

    public static String of(JourneyFile file) {
        StringBuilder out = new StringBuilder();
        for (JourneyMap map : file.maps()) {
            out.append(out.length() == 0 ? "" : "\n").append(Messages.get("diff.map", map.title())).append('\n');
            for (Stage stage : map.stages()) {
                out.append(line(Messages.get("diff.element.stage"), stage.name()));
            }
            for (Lane lane : map.lanes()) {
                out.append(line(Messages.get("diff.element.lane"), lane.title()));
            }
            Map<String, Map<String, List<Card>>> cells = map.cardsByCell();
            for (Stage stage : map.stages()) {
                for (Lane lane : map.lanes()) {
                    for (Card card : cells.getOrDefault(stage.id(), Map.of()).getOrDefault(lane.id(), List.of())) {
                        String score = card.score() == null ? "" : " (" + SignedNumber.of(card.score()) + ")";
                        out.append(stage.name()).append(" \u00b7 ").append(lane.title()).append(": ")
                                .append(card.title()).append(score).append('\n');
                        if (!card.body().isBlank()) {
                            out.append("    ").append(card.body().replace('\n', ' ')).append('\n');
                        }
                    }
                }
            }
            for (Connection c : map.connections()) {
                out.append(line(Messages.get("diff.element.connection"),
                        MapDiff.arrow(map, c) + (c.label().isBlank() ? "" : ": " + c.label())));
            }
        }
        return out.toString();
    }

    private static String line(String element, String name) {
        return element + ": " + name + "\n";
    }
}
