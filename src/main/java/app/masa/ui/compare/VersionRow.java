package app.masa.ui.compare;

import app.masa.analysis.diff.Change;
import app.masa.analysis.diff.DiffWriter;
import app.masa.analysis.diff.MapDiff;
import app.masa.edit.Take;
import app.masa.edit.VersionPart;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing the other version has differently (a card, a stage, an arrow…), with every change to it
 * in the interface language: taking it takes the whole record, so a card moved and rescored is one
 * row, not two.
 */
record VersionRow(Change.Element element, String id, List<Change> changes, MergeConflict conflict) {

    VersionRow(Change.Element element, String id, List<Change> changes) {
        this(element, id, changes, null);
    }

    /** The rows of what {@code theirs} has differently from {@code ours}, in the diff's order. */
    static List<VersionRow> between(JourneyMap ours, JourneyMap theirs) {
        Map<String, List<Change>> byThing = new LinkedHashMap<>();
        for (Change change : MapDiff.between(ours, theirs)) {
            byThing.computeIfAbsent(change.element() + "\u0000" + change.id(), k -> new ArrayList<>()).add(change);
        }
        List<VersionRow> rows = new ArrayList<>();
        byThing.values().forEach(changes -> rows.add(new VersionRow(changes.get(0).element(), changes.get(0).id(),
                List.copyOf(changes))));
        return rows;
    }

    /** The changes, one sentence a line. */
    String text() {
        return String.join("\n", changes.stream().map(DiffWriter::line).toList());
    }

    /** Whether the row is a merge conflict, settled by keeping ours or taking theirs. */
    boolean isConflict() {
        return conflict != null;
    }

    /** What taking the row takes; none for the dot vote, which is run in the workshop, not merged. */
    List<Take> takes() {
        VersionPart part = switch (element) {
            case MAP -> VersionPart.MAP;
            case STAGE -> VersionPart.STAGE;
            case LANE -> VersionPart.LANE;
            case CARD -> VersionPart.CARD;
            case CONNECTION -> VersionPart.CONNECTION;
            case PERSONA -> VersionPart.PERSONA;
            case PATH -> VersionPart.PATH;
            case VOTE -> null;
        };
        return part == null ? List.of() : List.of(new Take(part, id));
    }

    String key() {
        return element + "\u0000" + id;
    }
}
