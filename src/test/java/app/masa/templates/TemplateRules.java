package app.masa.templates;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of docs/file-format.md checked on a raw JSON tree, one plain sentence per broken rule.
 * Kept apart from the codec on purpose: a template must be right by these rules even if the
 * codec were lenient.
 */
final class TemplateRules {
    static final List<String> FILE_KEYS = List.of("format", "version", "maps");
    static final List<String> MAP_KEYS = List.of("id", "title", "scenario", "language", "direction", "created",
            "modified", "currency", "gap-threshold", "attribution-half-life", "scale", "personas", "stages", "lanes",
            "cards", "connections", "conversion-paths", "vote", "comments", "links");
    static final List<String> SCALE_KEYS = List.of("min", "labels");
    static final List<String> PERSONA_KEYS = List.of("id", "name", "role", "quote", "goals", "needs", "frustrations",
            "channels", "photo");
    static final List<String> STAGE_KEYS = List.of("id", "name", "description", "width", "color", "nps");
    static final List<String> LANE_KEYS = List.of("id", "title", "kind", "height", "color", "collapsed");
    static final List<String> CARD_KEYS = List.of("id", "stage", "lane", "order", "title", "body", "type", "channel",
            "score", "tags", "color", "touchpoint", "metrics", "evidence", "opportunity", "picture");
    static final List<String> PICTURE_KEYS = List.of("image", "focus-x", "focus-y");
    static final List<String> EVIDENCE_KEYS = List.of("backing", "source", "date");
    static final List<String> OPPORTUNITY_KEYS = List.of("impact", "effort", "owner", "status", "answers");
    static final Set<String> BACKINGS = Set.of("assumption", "evidence");
    static final Set<String> SOURCES = Set.of("survey", "interview", "site-analytics", "customer-feedback",
            "sales-system", "other");
    static final Set<String> STATUSES = Set.of("idea", "planned", "doing", "done", "dropped");
    static final List<String> CONNECTION_KEYS = List.of("id", "from", "to", "label");

    static final Set<String> LANE_KINDS = Set.of("cards", "text", "emotion", "storyboard");
    static final Set<String> CARD_TYPES = Set.of("touchpoint", "action", "thought", "pain-point", "opportunity", "note");
    static final Set<String> CHANNELS = Set.of("website", "phone", "email", "store", "social", "ad", "chat", "sms",
            "delivery", "word-of-mouth", "app", "other");

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<String> problems = new ArrayList<>();

    private TemplateRules() {
    }

    /** Every broken rule in one file's tree; empty when the file is right. */
    static List<String> check(JsonNode file) {
        TemplateRules rules = new TemplateRules();
        rules.checkFile(file);
        return rules.problems;
    }

    private void checkFile(JsonNode file) {
        keysInOrder(file, FILE_KEYS, "file");
        if (!"masa-journey".equals(file.path("format").asText())) {
            problems.add("format is not \"masa-journey\"");
        }
        if (!file.path("version").isInt() || file.path("version").asInt() < 1) {
            problems.add("version is not an integer of at least 1");
        }
        JsonNode maps = file.path("maps");
        if (!maps.isArray() || maps.isEmpty()) {
            problems.add("maps is not a non-empty array");
            return;
        }
        uniqueIds(maps, "maps");
        for (JsonNode map : maps) {
            checkMap(map, "map " + map.path("id").asText());
        }
        Set<String> mapIds = uniqueIds(maps, "maps");
        for (JsonNode map : maps) {
            checkLinks(map, mapIds, "map " + map.path("id").asText());
        }
    }

    /** A template's links start from its own cards or stages and lead to a map of the same file. */
    private void checkLinks(JsonNode map, Set<String> mapIds, String where) {
        Set<String> sources = new java.util.HashSet<>();
        map.path("cards").forEach(c -> sources.add(c.path("id").asText()));
        map.path("stages").forEach(s -> sources.add(s.path("id").asText()));
        for (JsonNode link : map.path("links")) {
            String source = link.path("source").asText();
            if (!sources.contains(source)) {
                problems.add(where + ": a link starts from \"" + source + "\", which is neither a card nor a stage");
            }
            if (link.has("file") || !mapIds.contains(link.path("map").asText())) {
                problems.add(where + ": the link from \"" + source + "\" leads outside the template's file");
            }
        }
    }

    private void checkMap(JsonNode map, String where) {
        keysInOrder(map, MAP_KEYS, where);
        requireText(map, "id", where);
        requireText(map, "title", where);
        String direction = map.path("direction").asText("ltr");
        if (!direction.equals("ltr") && !direction.equals("rtl")) {
            problems.add(where + ": direction \"" + direction + "\" is neither ltr nor rtl");
        }
        int[] range = checkScale(map.path("scale"), where);

        for (JsonNode persona : map.path("personas")) {
            keysInOrder(persona, PERSONA_KEYS, where + " persona " + persona.path("id").asText());
            requireText(persona, "name", where + " persona");
        }
        uniqueIds(map.path("personas"), where + " personas");

        for (JsonNode stage : map.path("stages")) {
            String at = where + " stage " + stage.path("id").asText();
            keysInOrder(stage, STAGE_KEYS, at);
            requireText(stage, "name", at);
            if (stage.has("width") && !(stage.get("width").isNumber() && stage.get("width").asDouble() > 0)) {
                problems.add(at + ": width is not a number above 0");
            }
            color(stage, at);
        }
        Set<String> stages = uniqueIds(map.path("stages"), where + " stages");
        if (stages.isEmpty()) {
            problems.add(where + ": has no stages");
        }

        for (JsonNode lane : map.path("lanes")) {
            String at = where + " lane " + lane.path("id").asText();
            keysInOrder(lane, LANE_KEYS, at);
            requireText(lane, "title", at);
            oneOf(lane, "kind", LANE_KINDS, at);
            if (lane.has("height") && !(lane.get("height").isNumber() && lane.get("height").asDouble() >= 0)) {
                problems.add(at + ": height is not a number of at least 0");
            }
            color(lane, at);
        }
        Set<String> lanes = uniqueIds(map.path("lanes"), where + " lanes");
        if (lanes.isEmpty()) {
            problems.add(where + ": has no lanes");
        }

        Map<String, List<Integer>> ordersByCell = new TreeMap<>();
        for (JsonNode card : map.path("cards")) {
            String at = where + " card " + card.path("id").asText();
            keysInOrder(card, CARD_KEYS, at);
            requireText(card, "title", at);
            String stage = card.path("stage").asText();
            String lane = card.path("lane").asText();
            if (!stages.contains(stage)) {
                problems.add(at + ": stage \"" + stage + "\" does not exist");
            }
            if (!lanes.contains(lane)) {
                problems.add(at + ": lane \"" + lane + "\" does not exist");
            }
            int order = card.path("order").asInt(0);
            if (card.has("order") && !card.get("order").isInt()) {
                problems.add(at + ": order is not an integer");
            }
            ordersByCell.computeIfAbsent(stage + " × " + lane, k -> new ArrayList<>()).add(order);
            oneOf(card, "type", CARD_TYPES, at);
            oneOf(card, "channel", CHANNELS, at);
            if (card.has("score")) {
                JsonNode score = card.get("score");
                if (!score.isInt() || score.asInt() < range[0] || score.asInt() > range[1]) {
                    problems.add(at + ": score " + score + " is outside the scale " + range[0] + ".." + range[1]);
                }
            }
            color(card, at);
            evidence(card.path("evidence"), at);
            opportunity(card, at);
            picture(card.path("picture"), at);
        }
        Set<String> cards = uniqueIds(map.path("cards"), where + " cards");
        ordersByCell.forEach((cell, orders) -> {
            Set<Integer> expected = new TreeSet<>();
            for (int i = 0; i < orders.size(); i++) {
                expected.add(i);
            }
            if (!new TreeSet<>(orders).equals(expected) || orders.size() != expected.size()) {
                problems.add(where + ": the orders in cell " + cell + " are " + orders + ", not 0.." + (orders.size() - 1));
            }
        });

        for (JsonNode connection : map.path("connections")) {
            String at = where + " connection " + connection.path("id").asText();
            keysInOrder(connection, CONNECTION_KEYS, at);
            for (String end : List.of("from", "to")) {
                String card = connection.path(end).asText();
                if (!cards.contains(card)) {
                    problems.add(at + ": " + end + " card \"" + card + "\" does not exist");
                }
            }
        }
        uniqueIds(map.path("connections"), where + " connections");

        for (JsonNode path : map.path("conversion-paths")) {
            for (JsonNode step : path.path("steps")) {
                if (!step.asText().startsWith("channel:") && !cards.contains(step.asText())) {
                    problems.add(where + " path " + path.path("id").asText() + ": step \"" + step.asText()
                            + "\" is no card of the map");
                }
            }
        }
        uniqueIds(map.path("conversion-paths"), where + " conversion paths");
        map.path("vote").path("dots").fieldNames().forEachRemaining(card -> {
            if (!cards.contains(card)) {
                problems.add(where + " vote: dots on \"" + card + "\", no card of the map");
            }
        });
    }

    /** The scale's lowest and highest score. */
    private int[] checkScale(JsonNode scale, String where) {
        keysInOrder(scale, SCALE_KEYS, where + " scale");
        int min = scale.path("min").asInt(0);
        int levels = scale.path("labels").size();
        if (!scale.path("min").isInt()) {
            problems.add(where + ": the scale has no integer min");
        }
        if (levels < 3 || levels > 11) {
            problems.add(where + ": the scale has " + levels + " labels, not 3 to 11");
        }
        for (JsonNode label : scale.path("labels")) {
            if (!label.isTextual() || label.asText().isBlank()) {
                problems.add(where + ": a scale label is empty");
            }
        }
        return new int[] {min, min + levels - 1};
    }

    private Set<String> uniqueIds(JsonNode array, String where) {
        Set<String> ids = new HashSet<>();
        for (JsonNode item : array) {
            String id = item.path("id").asText();
            if (id.isBlank()) {
                problems.add(where + ": an item has no id");
            } else if (!ids.add(id)) {
                problems.add(where + ": id \"" + id + "\" is used twice");
            }
        }
        return ids;
    }

    private void keysInOrder(JsonNode object, List<String> order, String where) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        int last = -1;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Integer at = position.get(name);
            if (at == null) {
                problems.add(where + ": unknown key \"" + name + "\"");
            } else if (at < last) {
                problems.add(where + ": key \"" + name + "\" is out of the documented order");
            } else {
                last = at;
            }
        }
    }

    private void requireText(JsonNode object, String field, String where) {
        if (!object.path(field).isTextual() || object.path(field).asText().isBlank()) {
            problems.add(where + ": " + field + " is missing or empty");
        }
    }

    private void oneOf(JsonNode object, String field, Set<String> allowed, String where) {
        if (object.has(field) && !allowed.contains(object.get(field).asText())) {
            problems.add(where + ": " + field + " \"" + object.get(field).asText() + "\" is not one of " + new TreeSet<>(allowed));
        }
    }

    private void color(JsonNode object, String where) {
        if (object.has("color") && !COLOR.matcher(object.get("color").asText()).matches()) {
            problems.add(where + ": color \"" + object.get("color").asText() + "\" is not #RRGGBB");
        }
    }

    /** An embedded picture Masa would have made itself: a JPEG or PNG within the size a card's picture may have. */
    private void picture(JsonNode picture, String at) {
        if (picture.isMissingNode()) {
            return;
        }
        keysInOrder(picture, PICTURE_KEYS, at + " picture");
        app.masa.model.Picture p = new app.masa.model.Picture(picture.path("image").asText(), 0.5, 0.5, null);
        if (!p.isValid()) {
            problems.add(at + ": picture is not an embedded PNG or JPEG within "
                    + app.masa.model.Picture.MAX_BASE64_CHARS + " base64 characters");
        }
    }

    private void evidence(JsonNode evidence, String at) {
        if (evidence.isMissingNode()) {
            return;
        }
        keysInOrder(evidence, EVIDENCE_KEYS, at + " evidence");
        if (!BACKINGS.contains(evidence.path("backing").asText())) {
            problems.add(at + ": evidence backing \"" + evidence.path("backing").asText() + "\" is neither assumption nor evidence");
        }
        oneOf(evidence, "source", SOURCES, at + " evidence");
        if (evidence.has("date") && !evidence.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(at + ": evidence date \"" + evidence.get("date").asText() + "\" is not YYYY-MM-DD");
        }
    }

    private void opportunity(JsonNode card, String at) {
        JsonNode opportunity = card.path("opportunity");
        if (opportunity.isMissingNode()) {
            return;
        }
        if (!"opportunity".equals(card.path("type").asText())) {
            problems.add(at + ": opportunity fields on a card that is not an opportunity");
        }
        keysInOrder(opportunity, OPPORTUNITY_KEYS, at + " opportunity");
        for (String scale : List.of("impact", "effort")) {
            JsonNode v = opportunity.path(scale);
            if (!v.isMissingNode() && !(v.isInt() && v.asInt() >= 1 && v.asInt() <= 5)) {
                problems.add(at + ": opportunity " + scale + " " + v + " is not a whole number from 1 to 5");
            }
        }
        oneOf(opportunity, "status", STATUSES, at + " opportunity");
    }
}
