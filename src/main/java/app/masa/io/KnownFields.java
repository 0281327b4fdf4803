package app.masa.io;

import java.util.Set;

/** The keys this version knows at each level of a file; any other key is kept as an extra. */
final class KnownFields {
    static final Set<String> FILE = Set.of("format", "version", "brand", "maps");
    static final Set<String> BRAND = Set.of("logo", "stage-colors", "type-colors", "title-font");
    static final Set<String> MAP = Set.of("id", "title", "scenario", "language", "direction", "created",
            "modified", "currency", "gap-threshold", "attribution-half-life", "scale", "personas", "stages", "lanes",
            "cards", "connections", "conversion-paths", "vote", "conflicts", "comments", "links");
    static final Set<String> SCALE = Set.of("min", "labels");
    static final Set<String> PERSONA = Set.of("id", "name", "role", "quote", "goals", "needs", "frustrations",
            "channels", "photo");
    static final Set<String> STAGE = Set.of("id", "name", "description", "width", "color", "nps");
    static final Set<String> LANE = Set.of("id", "title", "kind", "height", "color", "collapsed");
    static final Set<String> CARD = Set.of("id", "stage", "lane", "order", "title", "body", "type", "channel",
            "score", "tags", "color", "touchpoint", "metrics", "evidence", "opportunity", "picture");
    static final Set<String> PICTURE = Set.of("image", "focus-x", "focus-y");
    static final Set<String> OPPORTUNITY = Set.of("impact", "effort", "owner", "status", "answers");
    static final Set<String> EVIDENCE = Set.of("backing", "source", "date");
    static final Set<String> CONNECTION = Set.of("id", "from", "to", "label");
    static final Set<String> TOUCHPOINT = Set.of("expected", "presence", "facing", "owner", "actors", "answers");
    static final Set<String> METRICS = Set.of("reach", "conversions", "csat", "cost", "source", "date");
    static final Set<String> NPS = Set.of("promoters", "passives", "detractors", "source", "date");
    static final Set<String> COMMENT_THREAD = Set.of("id", "target", "resolved", "entries");
    static final Set<String> COMMENT = Set.of("id", "author", "time", "text");
    static final Set<String> LINK = Set.of("source", "map", "file");
    static final Set<String> CONVERSION_PATH = Set.of("id", "steps", "conversions", "value");
    static final Set<String> VOTE = Set.of("dots-per-participant", "participants", "eligible", "open", "dots");

    private KnownFields() {
    }
}
