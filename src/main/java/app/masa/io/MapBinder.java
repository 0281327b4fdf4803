package app.masa.io;

import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.ConflictKind;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.Direction;
import app.masa.model.EmotionScale;
import app.masa.model.Evidence;
import app.masa.model.OpportunityDetails;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.MergeConflict;
import app.masa.model.Metrics;
import app.masa.model.Persona;
import app.masa.model.PersonaPhoto;
import app.masa.model.Picture;
import app.masa.model.Stage;
import app.masa.model.TouchpointDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds one map and checks what a schema cannot: ids unique within their kind, cards in a stage and
 * a lane that exist, connections, conversion paths and votes naming cards that exist, scores and
 * expected scores on the map's scale.
 */
final class MapBinder {
    private final Fields map;
    private final Problems problems;
    private final IdRegister stageIds = new IdRegister("validate.kinds.stages");
    private final IdRegister laneIds = new IdRegister("validate.kinds.lanes");
    private final IdRegister cardIds = new IdRegister("validate.kinds.cards");
    private final IdRegister connectionIds = new IdRegister("validate.kinds.connections");
    private final IdRegister personaIds = new IdRegister("validate.kinds.personas");

    MapBinder(Fields map, Problems problems) {
        this.map = map;
        this.problems = problems;
    }

    JourneyMap bind() {
        String id = map.requiredString("id");
        String title = map.string("title");
        String scenario = map.string("scenario");
        String language = map.language("language");
        Direction direction = map.choice("direction", Direction.class);
        Instant created = map.instant("created");
        Instant modified = map.instant("modified");
        String currency = currency();
        Integer gapThreshold = map.integer("gap-threshold", 1, JourneyMap.MAX_GAP_THRESHOLD);
        Integer halfLife = map.integer("attribution-half-life", 1, JourneyMap.MAX_ATTRIBUTION_HALF_LIFE);
        EmotionScale scale = scale();
        List<Persona> personas = new ArrayList<>();
        JourneyBinder.forEachObject(map, "personas", map.array("personas"), (f, i) -> add(personas, persona(f, personaIds)));
        List<Stage> stages = new ArrayList<>();
        JourneyBinder.forEachObject(map, "stages", map.array("stages"), (f, i) -> add(stages, stage(f, stageIds)));
        List<Lane> lanes = new ArrayList<>();
        JourneyBinder.forEachObject(map, "lanes", map.array("lanes"), (f, i) -> add(lanes, lane(f, laneIds)));
        List<Card> cards = new ArrayList<>();
        JourneyBinder.forEachObject(map, "cards", map.array("cards"), (f, i) -> add(cards, card(f, scale, cardIds)));
        List<Connection> connections = new ArrayList<>();
        JourneyBinder.forEachObject(map, "connections", map.array("connections"), (f, i) -> add(connections, connection(f, connectionIds)));
        List<ConversionPath> paths = new ConversionPathBinder(cardIds::contains).bind(map);
        DotVote vote = VoteBinder.vote(map, "vote", cardIds::contains);
        Set<String> pathIds = new HashSet<>();
        paths.forEach(p -> pathIds.add(p.id()));
        List<MergeConflict> conflicts = new ConflictBinder(this, map, scale).bind(id, vote != null, pathIds);
        if (id == null || scale == null) {
            return null;
        }
        return new JourneyMap(id, title, scenario, language, direction, scale, personas, stages, lanes, cards,
                connections, created, modified,
                gapThreshold == null ? JourneyMap.DEFAULT_GAP_THRESHOLD : gapThreshold, currency, paths,
                halfLife == null ? JourneyMap.DEFAULT_ATTRIBUTION_HALF_LIFE : halfLife, vote,
                map.extras(KnownFields.MAP), conflicts, CommentBinder.bind(map), LinkBinder.bind(map, linkSources(cards, stages)));
    }

    private static java.util.Set<String> linkSources(List<Card> cards, List<Stage> stages) {
        java.util.Set<String> sources = new java.util.HashSet<>();
        cards.forEach(c -> sources.add(c.id()));
        stages.forEach(s -> sources.add(s.id()));
        return sources;
    }

    /** Whether the map holds a thing of this kind with this id (the map itself for the map's settings). */
    boolean holds(ConflictKind kind, String thingId, String mapId, boolean hasVote, Set<String> pathIds) {
        switch (kind) {
            case MAP: return thingId.equals(mapId);
            case PERSONA: return personaIds.contains(thingId);
            case STAGE: return stageIds.contains(thingId);
            case LANE: return laneIds.contains(thingId);
            case CARD: return cardIds.contains(thingId);
            case CONNECTION: return connectionIds.contains(thingId);
            case CONVERSION_PATH: return pathIds.contains(thingId);
            default: return hasVote && MergeConflict.VOTE_ID.equals(thingId);
        }
    }

    /**
     * Binds the other version of a conflicted thing with every check its kind gets in the map,
     * references included, so that taking it always leaves a valid map.
     */
    Record alternative(ConflictKind kind, Fields conflict, EmotionScale scale) {
        String name = "alternative";
        if (kind == ConflictKind.VOTE) {
            return VoteBinder.vote(conflict, name, cardIds::contains);
        }
        Node node = conflict.object(name);
        if (node == null) {
            return null;
        }
        Fields f = new Fields(node, conflict.path().field(name), problems);
        switch (kind) {
            case MAP: {
                JourneyMap settings = new MapBinder(f, problems).bind();
                return settings == null ? null : settings.withConflicts(List.of());
            }
            case PERSONA: return persona(f, new IdRegister("validate.kinds.personas"));
            case STAGE: return stage(f, new IdRegister("validate.kinds.stages"));
            case LANE: return lane(f, new IdRegister("validate.kinds.lanes"));
            case CARD: return card(f, scale, new IdRegister("validate.kinds.cards"));
            case CONNECTION: return connection(f, new IdRegister("validate.kinds.connections"));
            default: return new ConversionPathBinder(cardIds::contains).one(f);
        }
    }

    private String currency() {
        String code = map.string("currency");
        if (code != null && !JourneyMap.isCurrencyCode(code)) {
            map.problemAt("currency", "validate.currency", code);
            return null;
        }
        return code;
    }

    private EmotionScale scale() {
        if (!map.require("scale")) {
            return null;
        }
        Node node = map.object("scale");
        if (node == null) {
            return null;
        }
        Fields scale = new Fields(node, map.path().field("scale"), problems);
        boolean hasMin = scale.require("min");
        boolean hasLabels = scale.require("labels");
        Integer min = scale.integer("min", -1000, 1000);
        List<String> labels = scale.strings("labels");
        boolean allText = hasLabels && labels.size() == scale.array("labels").size();
        if (allText && scale.value("labels").is(Node.Kind.ARRAY)
                && (labels.size() < EmotionScale.MIN_LEVELS || labels.size() > EmotionScale.MAX_LEVELS)) {
            scale.problemAt("labels", "validate.scaleLevels", labels.size(), EmotionScale.MIN_LEVELS,
                    EmotionScale.MAX_LEVELS);
            return null;
        }
        if (!hasMin || !hasLabels || min == null || labels.size() != scale.array("labels").size()) {
            return null;
        }
        return new EmotionScale(min, labels, scale.extras(KnownFields.SCALE));
    }

    private Persona persona(Fields f, IdRegister ids) {
        String id = registeredId(f, ids);
        Persona persona = new Persona(id == null ? "" : id, f.string("name"), f.string("role"), f.string("quote"),
                f.strings("goals"), f.strings("needs"), f.strings("frustrations"), photo(f),
                f.choices("channels", Channel.class), f.extras(KnownFields.PERSONA));
        return id == null ? null : persona;
    }

    /** An embedded PNG or JPEG image; the message never repeats the value, which may be a megabyte long. */
    private static String photo(Fields f) {
        String photo = f.string("photo");
        if (photo == null) {
            return null;
        }
        if (!PersonaPhoto.isWellFormed(photo)) {
            f.problemAt("photo", "validate.photo");
            return null;
        }
        if (!PersonaPhoto.isWithinSize(photo)) {
            f.problemAt("photo", "validate.photoSize", PersonaPhoto.base64Chars(photo), PersonaPhoto.MAX_BASE64_CHARS);
            return null;
        }
        return photo;
    }

    private Stage stage(Fields f, IdRegister ids) {
        String id = registeredId(f, ids);
        Double width = f.number("width", 0, true);
        Stage stage = new Stage(id == null ? "" : id, f.string("name"), f.string("description"),
                width == null ? Stage.DEFAULT_WIDTH : width, f.color("color"), MetricsBinder.nps(f),
                f.extras(KnownFields.STAGE));
        return id == null ? null : stage;
    }

    private Lane lane(Fields f, IdRegister ids) {
        String id = registeredId(f, ids);
        Double height = f.number("height", 0, false);
        Boolean collapsed = f.bool("collapsed");
        Lane lane = new Lane(id == null ? "" : id, f.string("title"), f.choice("kind", LaneKind.class),
                height == null ? 0 : height, f.color("color"), Boolean.TRUE.equals(collapsed),
                f.extras(KnownFields.LANE));
        return id == null ? null : lane;
    }

    private Card card(Fields f, EmotionScale scale, IdRegister ids) {
        String id = registeredId(f, ids);
        String stage = f.requiredString("stage");
        String lane = f.requiredString("lane");
        if (stage != null && !stageIds.contains(stage)) {
            f.problemAt("stage", "validate.cardStage", id == null ? "?" : id, stage);
        }
        if (lane != null && !laneIds.contains(lane)) {
            f.problemAt("lane", "validate.cardLane", id == null ? "?" : id, lane);
        }
        Integer order = f.integer("order", 0, Integer.MAX_VALUE);
        Integer score = f.integer("score", Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (score != null && scale != null && !scale.contains(score)) {
            f.problemAt("score", "validate.score", score, scale.min(), scale.max());
        }
        String title = f.string("title");
        String body = f.string("body");
        CardType type = f.choice("type", CardType.class);
        Channel channel = f.choice("channel", Channel.class);
        List<String> tags = f.strings("tags");
        String color = f.color("color");
        TouchpointDetails touchpoint = TouchpointBinder.touchpoint(f, scale);
        Metrics metrics = MetricsBinder.metrics(f);
        Evidence evidence = MetricsBinder.evidence(f);
        OpportunityDetails opportunity = MetricsBinder.opportunity(f);
        Picture picture = PictureBinder.picture(f);
        if (id == null || stage == null || lane == null) {
            return null;
        }
        return new Card(id, stage, lane, order == null ? 0 : order, title, body, type, channel, score, tags, color,
                touchpoint, metrics, evidence, opportunity, picture, f.extras(KnownFields.CARD));
    }

    private Connection connection(Fields f, IdRegister ids) {
        String id = registeredId(f, ids);
        String from = f.requiredString("from");
        String to = f.requiredString("to");
        if (from != null && !cardIds.contains(from)) {
            f.problemAt("from", "validate.connectionFrom", id == null ? "?" : id, from);
        }
        if (to != null && !cardIds.contains(to)) {
            f.problemAt("to", "validate.connectionTo", id == null ? "?" : id, to);
        }
        String label = f.string("label");
        if (id == null || from == null || to == null) {
            return null;
        }
        return new Connection(id, from, to, label, f.extras(KnownFields.CONNECTION));
    }

    private String registeredId(Fields f, IdRegister ids) {
        String id = f.requiredString("id");
        if (id != null && !ids.register(id, f)) {
            return null;
        }
        return id;
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }
}
