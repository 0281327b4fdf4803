package app.masa.analysis.diff;

import app.masa.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Writes changes for people: one line each in the interface language ("~ card "Online order": score
 * +1 → −1"), as plain text for a terminal or git, as Markdown for a pull request, or as JSON for
 * tools. Changes of several maps are headed by the map's title.
 */
public final class DiffWriter {
    private DiffWriter() {
    }

    /** One line per change, with a heading per map when the changes touch more than one. */
    public static String text(List<Change> changes) {
        return lines(changes, "", "");
    }

    public static String markdown(List<Change> changes) {
        return lines(changes, "### ", "- ");
    }

    public static String json(List<Change> changes) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = json.createArrayNode();
        for (Change c : changes) {
            ObjectNode node = all.addObject().put("map", c.map()).put("change", word(c.kind()))
                    .put("element", c.element().name().toLowerCase(Locale.ROOT)).put("id", c.id()).put("name", c.name());
            if (!c.from().isEmpty()) {
                node.put("from", c.from());
            }
            if (!c.to().isEmpty()) {
                node.put(c.kind() == Change.Kind.CHANGED ? "fields" : "to", c.to());
            }
        }
        try {
            return json.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("changes are plain strings", e);
        }
    }

    /** The change as one sentence, without the map. */
    public static String line(Change c) {
        String element = Messages.get("diff.element." + c.element().name().toLowerCase(Locale.ROOT));
        return switch (c.kind()) {
            case ADDED -> c.to().isEmpty() ? Messages.get("diff.added", element, c.name())
                    : Messages.get("diff.addedIn", element, c.name(), c.to());
            case REMOVED -> Messages.get("diff.removed", element, c.name());
            case MOVED -> Messages.get("diff.moved", element, c.name(), c.from(), c.to());
            case RESCORED -> Messages.get("diff.rescored", element, c.name(), c.from(), c.to());
            case RENAMED -> Messages.get("diff.renamed", element, c.name(), c.from());
            case TEXT_CHANGED -> Messages.get("diff.textChanged", element, c.name());
            case CHANGED -> c.to().isEmpty() ? Messages.get("diff.changed", element, c.name())
                    : Messages.get("diff.fieldsChanged", element, c.name(), c.to());
        };
    }

    private static String lines(List<Change> changes, String heading, String bullet) {
        if (changes.isEmpty()) {
            return Messages.get("diff.none") + "\n";
        }
        boolean severalMaps = changes.stream().map(Change::map).distinct().count() > 1;
        StringBuilder out = new StringBuilder();
        String map = null;
        for (Change c : changes) {
            if (severalMaps && !c.map().equals(map)) {
                map = c.map();
                out.append(out.length() == 0 ? "" : "\n").append(heading)
                        .append(Messages.get("diff.map", map)).append('\n');
            }
            out.append(bullet).append(line(c)).append('\n');
        }
        return out.toString();
    }

    private static String word(Change.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
