package app.masa.io;

import app.masa.model.JourneyLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a map's "links": each starts from a card or stage of the map (at most one link each) and
 * leads to a map of this file or to a journey file named by a relative path. An absolute path, or
 * one that climbs out with a drive letter, is refused: a file must not point at one computer's disk.
 */
final class LinkBinder {
    private LinkBinder() {
    }

    static List<JourneyLink> bind(Fields map, Set<String> sources) {
        List<JourneyLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JourneyBinder.forEachObject(map, "links", map.array("links"), (f, i) -> {
            boolean complete = f.require("source");
            String source = f.string("source");
            String target = f.string("map");
            String file = f.string("file");
            if (!complete || source == null) {
                return;
            }
            if (!sources.contains(source)) {
                f.problemAt("source", "validate.linkSource", source);
                return;
            }
            if (!seen.add(source)) {
                f.problemAt("source", "validate.linkTwice", source);
                return;
            }
            if (target == null && file == null) {
                f.problemAt("source", "validate.linkNowhere", source);
                return;
            }
            if (file != null && isAbsolute(file)) {
                f.problemAt("file", "validate.linkAbsolute", file);
                return;
            }
            links.add(new JourneyLink(source, target, file, f.extras(KnownFields.LINK)));
        });
        return links;
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*") || path.contains("://");
    }
}
