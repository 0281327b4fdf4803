package app.masa.export;

import app.masa.layout.LinkMarks;
import app.masa.layout.MapLayout;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import java.util.List;

/**
 * An exported map says where its cards and stages lead, as the designer does: the pill naming
 * the other map (its title when it is exported with this one) or the other journey file.
 */
final class ExportLinks {
    private static final String SUFFIX = ".journey.json";

    private ExportLinks() {
    }

    static MapLayout marked(MapLayout layout, JourneyMap map, List<JourneyMap> exported) {
        if (map.standingLinks().isEmpty()) {
            return layout;
        }
        return layout.withLinks(LinkMarks.of(layout, map, link -> name(link, exported)));
    }

    private static String name(JourneyLink link, List<JourneyMap> exported) {
        if (link.file() != null) {
            String file = link.file().substring(link.file().lastIndexOf('/') + 1);
            return file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : file;
        }
        return exported.stream().filter(m -> m.id().equals(link.map())).map(JourneyMap::title)
                .filter(t -> !t.isBlank()).findFirst().orElse(link.map());
    }
}
