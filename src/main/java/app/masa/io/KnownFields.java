package app.masa.io;

import java.util.Set;

/** The keys this version knows at each level of a file; any other key is kept as an extra. */
final class KnownFields {
    static final Set<String> FILE = Set.of("format", "version", "maps");
    static final Set<String> MAP = Set.of("id", "title", "scenario", "language", "direction", "created",
            "modified", "scale", "personas", "stages", "lanes", "cards", "connections");
    static final Set<String> SCALE = Set.of("min", "labels");
    static final Set<String> PERSONA = Set.of("id", "name", "role", "quote", "goals", "needs", "frustrations");
    static final Set<String> STAGE = Set.of("id", "name", "description", "width", "color");
    static final Set<String> LANE = Set.of("id", "title", "kind", "height", "color", "collapsed");
    static final Set<String> CARD = Set.of("id", "stage", "lane", "order", "title", "body", "type", "channel",
            "score", "tags", "color");
    static final Set<String> CONNECTION = Set.of("id", "from", "to", "label");

    private KnownFields() {
    }
}
