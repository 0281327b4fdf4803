package app.masa.io.merge;

import app.masa.i18n.Messages;
import app.masa.model.ConflictKind;
import app.masa.model.Kebab;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.StringJoiner;

/** One sentence per conflict for a person: what, on which map, and both values. */
final class ConflictLines {
    /** Values longer than this are cut, as in the reader's messages. */
    private static final int MAX_VALUE = 60;

    private ConflictLines() {
    }

    static String thing(String mapTitle, ThingConflict c) {
        String what;
        if (c.deletedBy() != null) {
            String key = "merge.conflict.deletedBy" + (c.deletedBy() == Side.OURS ? "Ours" : "Theirs");
            what = c.clashes().isEmpty() ? Messages.get(key + ".used")
                    : Messages.get(key, String.join(", ", c.fields()));
        } else {
            StringJoiner fields = new StringJoiner("; ");
            c.clashes().forEach(clash -> fields.add(Messages.get("merge.conflict.field", clash.field(),
                    value(clash.ours()), value(clash.theirs()))));
            what = fields.toString();
        }
        if (c.kind() == ConflictKind.MAP) {
            return Messages.get("merge.conflict.map", mapTitle, what);
        }
        return Messages.get("merge.conflict.thing", Messages.get("conflict.kind." + Kebab.of(c.kind())), c.name(),
                mapTitle, what);
    }

    static String deletedMap(ObjectNode map, Side deletedBy) {
        String title = map.has("title") ? map.get("title").asText() : map.get("id").asText();
        return Messages.get("merge.conflict.mapDeletedBy" + (deletedBy == Side.OURS ? "Ours" : "Theirs"), title);
    }

    static String fileField(Clash clash) {
        return Messages.get("merge.conflict.file", clash.field(), value(clash.ours()), value(clash.theirs()));
    }

    private static String value(JsonNode v) {
        if (v == null) {
            return Messages.get("merge.value.none");
        }
        String text = v.toString();
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }
}
