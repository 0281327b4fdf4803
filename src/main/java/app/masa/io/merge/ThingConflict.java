package app.masa.io.merge;

import app.masa.model.ConflictKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A conflict on one thing as the merge found it, before it becomes part of the map.
 *
 * @param kept the thing as the merged map holds it
 * @param alternative the thing as the other version would have it; null when that version deletes it
 * @param deletedBy the side that deleted the thing, or null when both kept it
 * @param clashes the fields the two sides changed differently; for a deletion, the fields the other side changed
 */
record ThingConflict(ConflictKind kind, String id, ObjectNode kept, ObjectNode alternative, Side deletedBy,
                     List<Clash> clashes) {

    List<String> fields() {
        return clashes.stream().map(Clash::field).toList();
    }

    /** The thing's name for a person: its title or name, else its id. */
    String name() {
        for (String key : List.of("title", "name")) {
            JsonNode v = kept.get(key);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return id;
    }
}
