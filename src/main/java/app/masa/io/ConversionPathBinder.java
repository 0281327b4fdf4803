package app.masa.io;

import app.masa.model.ConversionPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Binds the map's "conversion-paths": ids unique among the paths, at least one step each, and every
 * step a card of the map or a channel Masa knows ({@code channel:social}).
 */
final class ConversionPathBinder {
    private final Predicate<String> isCard;
    private final IdRegister pathIds = new IdRegister("validate.kinds.conversionPaths");

    ConversionPathBinder(Predicate<String> isCard) {
        this.isCard = isCard;
    }

    List<ConversionPath> bind(Fields map) {
        List<ConversionPath> paths = new ArrayList<>();
        JourneyBinder.forEachObject(map, "conversion-paths", map.array("conversion-paths"), (f, i) -> {
            ConversionPath path = path(f);
            if (path != null) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** One path on its own, such as the other version of a conflicted path. */
    ConversionPath one(Fields f) {
        return path(f);
    }

    private ConversionPath path(Fields f) {
        String id = f.requiredString("id");
        boolean unique = id != null && pathIds.register(id, f);
        List<String> steps = steps(f, id == null ? "?" : id);
        Long conversions = f.count("conversions");
        Double value = f.number("value", 0, false);
        if (!unique) {
            return null;
        }
        return new ConversionPath(id, steps, conversions == null ? 0 : conversions, value == null ? 0 : value,
                f.extras(KnownFields.CONVERSION_PATH));
    }

    private List<String> steps(Fields f, String pathId) {
        if (!f.require("steps")) {
            return List.of();
        }
        List<String> steps = f.strings("steps");
        List<Node> items = f.array("steps");
        if (items.isEmpty() && f.value("steps").is(Node.Kind.ARRAY)) {
            f.problemAt("steps", "validate.pathEmpty", pathId);
        }
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item.is(Node.Kind.STRING) && !isKnownStep((String) item.value())) {
                f.problems().add(item, f.path().field("steps").index(i), "validate.pathStep", item.value(), pathId);
            }
        }
        return steps;
    }

    private boolean isKnownStep(String step) {
        return ConversionPath.isChannelStep(step) ? ConversionPath.channelOf(step).isPresent() : isCard.test(step);
    }
}
