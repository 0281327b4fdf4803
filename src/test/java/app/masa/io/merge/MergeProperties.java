package app.masa.io.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.Command;
import app.masa.edit.RandomEdits;
import app.masa.io.JourneyCodec;
import app.masa.model.JourneyFile;
import app.masa.model.MergeConflict;
import app.masa.model.sample.MapGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Merging two random lines of edits made on one random map. */
class MergeProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JourneyFile base(long seed) {
        return MapGenerator.generate(seed, 3, 4, 25);
    }

    private static JourneyFile branch(JourneyFile base, long seed, int edits) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomEdits kinds = RandomEdits.everyKind();
        JourneyFile doc = base;
        for (int i = 0; i < edits; i++) {
            Command command = kinds.next(doc, random);
            try {
                doc = command.apply(doc);
            } catch (RuntimeException refused) {
                // a random edit the document refuses (a vote closed, a last map) is simply not made
            }
        }
        return doc;
    }

    @Property(tries = 40)
    void mergingWithAnUnchangedSideGivesTheChangedSide(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int edits)
            throws Exception {
        JourneyFile base = base(seed);
        JourneyFile x = branch(base, seed + 1, edits);
        String expected = text(JourneyCodec.write(x));

        assertThat(text(Versions.merge(base, x, base).bytes())).isEqualTo(expected);
        assertThat(text(Versions.merge(base, base, x).bytes())).isEqualTo(expected);
        assertThat(text(Versions.merge(base, x, x).bytes())).isEqualTo(expected);
    }

    @Property(tries = 40)
    void everyChangeOnlyOneSideMadeIsInTheMergedValidMap(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int oursEdits, @ForAll @IntRange(min = 1, max = 12) int theirsEdits)
            throws Exception {
        JourneyFile base = base(seed);
        JourneyFile ours = branch(base, seed + 1, oursEdits);
        JourneyFile theirs = branch(base, seed + 2, theirsEdits);

        MergeResult result = Versions.merge(base, ours, theirs);

        JourneyFile read = JourneyCodec.read(result.bytes(), "merged");
        assertThat(read).as("the merged bytes are a valid file of the merged document").isEqualTo(result.merged());
        ObjectNode b = tree(base);
        ObjectNode o = tree(ours);
        ObjectNode t = tree(theirs);
        ObjectNode m = tree(result.merged());
        for (String mapId : ids(m.get("maps"))) {
            ObjectNode bm = byId(b.get("maps")).get(mapId);
            ObjectNode om = byId(o.get("maps")).get(mapId);
            ObjectNode tm = byId(t.get("maps")).get(mapId);
            if (bm == null || om == null || tm == null) {
                continue;
            }
            Set<String> conflicted = conflicted(result, mapId);
            ObjectNode mm = byId(m.get("maps")).get(mapId);
            for (String list : new String[] {"personas", "stages", "lanes", "cards", "conversion-paths"}) {
                oneSidedChangesAreKept(list, bm.get(list), om.get(list), tm.get(list), mm.get(list), conflicted,
                        !Objects.equals(bm.get("scale"), mm.get("scale")));
            }
        }
    }

    @Property(tries = 30)
    void mergingIsSymmetricButForWhichSideConflictsKeep(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int oursEdits, @ForAll @IntRange(min = 1, max = 12) int theirsEdits)
            throws Exception {
        JourneyFile base = base(seed);
        JourneyFile x = branch(base, seed + 1, oursEdits);
        JourneyFile y = branch(base, seed + 2, theirsEdits);

        MergeResult xy = Versions.merge(base, x, y);
        MergeResult yx = Versions.merge(base, y, x);

        ObjectNode a = tree(xy.merged());
        ObjectNode c = tree(yx.merged());
        assertThat(ids(a.get("maps"))).containsExactlyInAnyOrderElementsOf(ids(c.get("maps")));
        for (String mapId : ids(a.get("maps"))) {
            Set<String> conflicted = conflicted(xy, mapId);
            assertThat(conflicted).isEqualTo(conflicted(yx, mapId));
            ObjectNode am = byId(a.get("maps")).get(mapId);
            ObjectNode cm = byId(c.get("maps")).get(mapId);
            for (String list : new String[] {"personas", "stages", "lanes", "cards", "connections", "conversion-paths"}) {
                Map<String, ObjectNode> one = byId(am.get(list));
                Map<String, ObjectNode> other = byId(cm.get(list));
                assertThat(one.keySet()).as(list).isEqualTo(other.keySet());
                one.forEach((id, item) -> {
                    if (!conflicted.contains(kindOf(list) + " " + id)) {
                        // ties in a cell, which both sides filled, may be numbered either way round
                        // scores follow the scale, which is whichever side's a conflict on the map keeps
                        List<String> loose = conflicted.contains("MAP " + mapId)
                                ? List.of("order", "score", "touchpoint") : List.of("order");
                        JsonNode mine = item.deepCopy().without(loose);
                        JsonNode theirs = other.get(id).deepCopy().without(loose);
                        assertThat((Object) mine).as(list + " " + id).isEqualTo(theirs);
                    }
                });
            }
        }
    }

    /**
     * Each field of each element that one side changed and the other left as it was has that
     * side's value in the merged map, unless the element is in conflict or was deleted.
     */
    private static void oneSidedChangesAreKept(String list, JsonNode base, JsonNode ours, JsonNode theirs,
                                               JsonNode merged, Set<String> conflicted, boolean scaleChanged) {
        Map<String, ObjectNode> b = byId(base);
        Map<String, ObjectNode> o = byId(ours);
        Map<String, ObjectNode> t = byId(theirs);
        Map<String, ObjectNode> m = byId(merged);
        for (String id : b.keySet()) {
            if (conflicted.contains(kindOf(list) + " " + id) || !o.containsKey(id) || !t.containsKey(id)) {
                continue;
            }
            assertThat(m).as("%s %s, which both kept", list, id).containsKey(id);
            Set<String> fields = new HashSet<>();
            for (ObjectNode side : new ObjectNode[] {b.get(id), o.get(id), t.get(id)}) {
                side.fieldNames().forEachRemaining(fields::add);
            }
            for (String field : fields) {
                // a card's place in its cell is merged as the cell's sequence (CellOrder), not as a number
                if (field.equals("order") || scaleChanged && (field.equals("score") || field.equals("touchpoint"))
                        || list.equals("conversion-paths") && field.equals("steps")) {
                    continue;
                }
                JsonNode bv = b.get(id).get(field);
                JsonNode ov = o.get(id).get(field);
                JsonNode tv = t.get(id).get(field);
                JsonNode expected = !Objects.equals(ov, bv) ? ov : tv;
                if (Objects.equals(ov, bv) || Objects.equals(tv, bv) || Objects.equals(ov, tv)) {
                    assertThat(m.get(id).get(field)).as("%s %s %s", list, id, field).isEqualTo(expected);
                }
            }
        }
        for (String id : o.keySet()) {
            if (!b.containsKey(id) && !t.containsKey(id) && list.equals("stages")) {
                assertThat(m).as("stage %s added by ours", id).containsKey(id);
            }
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String kindOf(String list) {
        return MapMerge.LISTS.get(list).name();
    }

    private static Set<String> conflicted(MergeResult result, String mapId) {
        Set<String> things = new HashSet<>();
        for (MergeConflict c : result.merged().map(mapId).orElseThrow().conflicts()) {
            things.add(c.kind().name() + " " + c.id());
        }
        return things;
    }

    private static ObjectNode tree(JourneyFile file) throws Exception {
        return (ObjectNode) JSON.readTree(JourneyCodec.write(file));
    }

    private static Map<String, ObjectNode> byId(JsonNode array) {
        Map<String, ObjectNode> byId = new HashMap<>();
        if (array != null) {
            for (JsonNode item : array) {
                byId.put(item.get("id").asText(), (ObjectNode) item);
            }
        }
        return byId;
    }

    private static Set<String> ids(JsonNode array) {
        return byId(array).keySet();
    }
}
