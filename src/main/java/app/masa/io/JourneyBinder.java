package app.masa.io;

import app.masa.i18n.Messages;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a located tree of the current version into the model, checking everything on the way:
 * kinds, required fields, ids, references between records and scores. Returns null when any
 * problem was found (all of them are in {@link Problems}).
 */
final class JourneyBinder {
    private final Problems problems;

    JourneyBinder(Problems problems) {
        this.problems = problems;
    }

    JourneyFile bind(Node root) {
        Fields file = new Fields(root, JsonPointer.ROOT, problems);
        List<JourneyMap> maps = new ArrayList<>();
        if (file.require("maps")) {
            List<Node> items = file.array("maps");
            if (items.isEmpty() && file.value("maps").is(Node.Kind.ARRAY)) {
                file.problemAt("maps", "validate.noMaps");
            }
            IdRegister mapIds = new IdRegister("validate.kinds.maps");
            forEachObject(file, "maps", items, (fields, i) -> {
                JourneyMap map = new MapBinder(fields, problems).bind();
                Node id = fields.value("id");
                boolean unique = id == null || !id.is(Node.Kind.STRING)
                        || mapIds.register((String) id.value(), fields);
                if (unique && map != null) {
                    maps.add(map);
                }
            });
        }
        JourneyFile result = new JourneyFile(maps, BrandBinder.brand(file), file.extras(KnownFields.FILE));
        return problems.isEmpty() ? result : null;
    }

    interface ObjectVisitor {
        void visit(Fields fields, int index);
    }

    /** Visits each element of an array that is an object; other elements are reported. */
    static void forEachObject(Fields parent, String name, List<Node> items, ObjectVisitor visitor) {
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            JsonPointer at = parent.path().field(name).index(i);
            if (item.is(Node.Kind.OBJECT)) {
                visitor.visit(new Fields(item, at, parent.problems()), i);
            } else {
                parent.problems().add(item, at, "validate.element", name,
                        Messages.get("validate.kind.object"),
                        Messages.get(item.kindKey()));
            }
        }
    }
}
