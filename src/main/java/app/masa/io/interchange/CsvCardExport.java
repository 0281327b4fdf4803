package app.masa.io.interchange;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import app.masa.model.Lane;
import app.masa.model.Metrics;
import app.masa.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cards of a map as CSV, one row per card, stage by stage and lane by lane as the map reads. The
 * header is always English so that a file moves between Hebrew and English maps; stages and lanes
 * are written by name, scores on the map's own scale.
 */
public final class CsvCardExport {
    private CsvCardExport() {
    }

    public static String text(JourneyMap map) {
        return writer(map).text();
    }

    public static byte[] bytes(JourneyMap map) {
        return writer(map).bytes();
    }

    private static CsvWriter writer(JourneyMap map) {
        CsvWriter csv = new CsvWriter();
        rows(map).forEach(csv::row);
        return csv;
    }

    /** The header, then one row per card: the same table in CSV and in a workbook's Cards sheet. */
    static List<List<String>> rows(JourneyMap map) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (CardField field : CardField.values()) {
            header.add(field.header());
        }
        rows.add(header);
        Map<String, Map<String, List<Card>>> cells = map.cardsByCell();
        for (Stage stage : map.stages()) {
            for (Lane lane : map.lanes()) {
                for (Card card : cells.getOrDefault(stage.id(), Map.of()).getOrDefault(lane.id(), List.of())) {
                    rows.add(row(stage, lane, card));
                }
            }
        }
        return rows;
    }

    private static List<String> row(Stage stage, Lane lane, Card card) {
        Metrics m = card.metrics();
        return List.of(
                stage.name().isBlank() ? stage.id() : stage.name(),
                lane.title().isBlank() ? lane.id() : lane.title(),
                card.title(),
                card.body(),
                Kebab.of(card.type()),
                card.channel() == null ? "" : Kebab.of(card.channel()),
                card.score() == null ? "" : Integer.toString(card.score()),
                card.expectedScore() == null ? "" : Integer.toString(card.expectedScore()),
                m.reach() == null ? "" : Long.toString(m.reach()),
                m.conversions() == null ? "" : Long.toString(m.conversions()),
                m.csat() == null ? "" : CsvNumbers.format(m.csat()),
                m.cost() == null ? "" : CsvNumbers.format(m.cost()),
                m.source() == null ? "" : Kebab.of(m.source()),
                m.date() == null ? "" : m.date().toString());
    }
}
