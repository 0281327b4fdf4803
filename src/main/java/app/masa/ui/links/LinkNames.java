package app.masa.ui.links;

import app.masa.i18n.Messages;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;

/** Names for a person: where a link leads, and the card or stage it starts from. */
public final class LinkNames {
    private LinkNames() {
    }

    /** The other map's title, or the other file's name without its extension. */
    public static String target(JourneyFile document, JourneyLink link) {
        if (link.inThisFile()) {
            return document.maps().stream().filter(m -> m.id().equals(link.map())).map(JourneyMap::title)
                    .findFirst().orElse(Messages.get("link.missingMap"));
        }
        String name = link.file().substring(link.file().lastIndexOf('/') + 1);
        return name.replaceFirst("\\.journey\\.json$", "").replaceFirst("\\.json$", "");
    }

    static String thing(JourneyMap map, String id) {
        return map.card(id).map(c -> c.title()).orElseGet(() -> map.stages().stream().filter(s -> s.id().equals(id))
                .map(s -> s.name()).findFirst().orElse(id));
    }
}
