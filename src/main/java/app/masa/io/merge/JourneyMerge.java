package app.masa.io.merge;

import app.masa.i18n.Messages;
import app.masa.io.AtomicFileWriter;
import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFileException;
import app.masa.io.JourneyFiles;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three-way merge of journey files by meaning (decision 0020): two versions that grew apart
 * from a common base become one, with every change of both, and with what they disagree on kept
 * as conflicts in the maps. Each version is read and checked first, merged as JSON trees of the
 * canonical form, then read back with every check of the reader, so the result is always a valid
 * file, and written in the canonical form, so merging twice gives the same bytes.
 */
public final class JourneyMerge {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(TreeMerge.NODES);

    private JourneyMerge() {
    }

    /**
     * Reads the three files, merges them and writes the result to {@code out} (replaced whole, no
     * backup beside it). Nothing is written when any file cannot be read or the versions are unrelated.
     */
    public static MergeResult mergeFiles(Path base, Path ours, Path theirs, Path out) throws MergeException {
        JourneyFile b = load(base);
        JourneyFile o = load(ours);
        JourneyFile t = load(theirs);
        requireRelated(b, o, base, ours);
        requireRelated(b, t, base, theirs);
        MergeResult result = merge(b, o, t, String.valueOf(out.getFileName()));
        try {
            AtomicFileWriter.replace(out, result.bytes());
        } catch (IOException e) {
            throw new MergeException(Messages.get("merge.writeFailed", out.getFileName(), e.getMessage()), e);
        }
        return result;
    }

    /** Merges three documents; {@code name} names the result in messages. */
    public static MergeResult merge(JourneyFile base, JourneyFile ours, JourneyFile theirs, String name)
            throws MergeException {
        ObjectNode b = tree(base);
        ObjectNode o = tree(ours);
        ObjectNode t = tree(theirs);
        List<String> lines = new ArrayList<>();
        ObjectNode merged = fileLevel(b, o, t, lines);
        merged.set("maps", maps(b, o, t, lines));
        JourneyFile file;
        try {
            file = JourneyCodec.read(JSON.writeValueAsBytes(merged), name);
        } catch (JourneyFileException | IOException e) {
            throw new MergeException(Messages.get("merge.invalid", name, e.getMessage()), e);
        }
        return new MergeResult(file, JourneyCodec.write(file), lines);
    }

    /** The file's own fields (format, version and any this version does not know); a clash keeps ours. */
    private static ObjectNode fileLevel(ObjectNode b, ObjectNode o, ObjectNode t, List<String> lines) {
        List<Clash> clashes = new ArrayList<>();
        ObjectNode merged = TreeMerge.object(without(b, "maps"), without(o, "maps"), without(t, "maps"), "",
                clashes);
        clashes.forEach(c -> lines.add(ConflictLines.fileField(c)));
        return merged;
    }

    private static ArrayNode maps(ObjectNode b, ObjectNode o, ObjectNode t, List<String> lines) {
        Map<String, ObjectNode> bm = TreeMerge.byId((ArrayNode) b.get("maps"));
        Map<String, ObjectNode> om = TreeMerge.byId((ArrayNode) o.get("maps"));
        Map<String, ObjectNode> tm = TreeMerge.byId((ArrayNode) t.get("maps"));
        Map<String, ObjectNode> kept = new java.util.LinkedHashMap<>();
        for (String id : IdOrder.union(bm, om, tm)) {
            ObjectNode map = map(bm.get(id), om.get(id), tm.get(id), lines);
            if (map != null) {
                kept.put(id, map);
            }
        }
        ArrayNode maps = TreeMerge.NODES.arrayNode();
        IdOrder.of(bm, om, tm, kept.keySet()).forEach(id -> maps.add(kept.get(id)));
        return maps;
    }

    /**
     * One map merged, or null when it is gone. A map one side deleted and the other changed is
     * kept and reported; the file has no place to record it, and the designer deletes a map in one step.
     */
    private static ObjectNode map(ObjectNode b, ObjectNode o, ObjectNode t, List<String> lines) {
        if (o == null && t == null) {
            return null;
        }
        if (o == null || t == null) {
            ObjectNode present = o == null ? t : o;
            if (b == null || !b.equals(present)) {
                if (b != null) {
                    lines.add(ConflictLines.deletedMap(present, o == null ? Side.OURS : Side.THEIRS));
                }
                return present;
            }
            return null;
        }
        List<ThingConflict> found = new ArrayList<>();
        ObjectNode merged = MapMerge.merge(b, o, t, found);
        new DanglingRepair(merged, new ObjectNode[] {o, t, b}, found).repair();
        ConflictList.write(merged, found, o, t);
        String title = merged.has("title") ? merged.get("title").asText() : merged.get("id").asText();
        found.forEach(c -> lines.add(ConflictLines.thing(title, c)));
        return merged;
    }

    private static ObjectNode without(ObjectNode node, String name) {
        ObjectNode copy = TreeMerge.NODES.objectNode();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals(name)) {
                copy.set(e.getKey(), e.getValue());
            }
        });
        return copy;
    }

    private static ObjectNode tree(JourneyFile file) throws MergeException {
        try {
            return (ObjectNode) JSON.readTree(JourneyCodec.write(file));
        } catch (IOException e) {
            throw new IllegalStateException("the canonical writer produced JSON its own reader refuses", e);
        }
    }

    private static JourneyFile load(Path path) throws MergeException {
        try {
            return JourneyFiles.load(path);
        } catch (JourneyFileException e) {
            throw new MergeException(e.getMessage(), e);
        }
    }

    /**
     * Two versions of one file share a map: the same id and, where both say when it was created,
     * the same moment. Two maps made apart from one template share ids but not that moment.
     */
    private static void requireRelated(JourneyFile base, JourneyFile side, Path basePath, Path sidePath)
            throws MergeException {
        for (JourneyMap map : base.maps()) {
            JourneyMap other = side.map(map.id()).orElse(null);
            if (other != null && (map.created() == null || other.created() == null
                    || Objects.equals(map.created(), other.created()))) {
                return;
            }
        }
        throw new MergeException(Messages.get("merge.unrelated", basePath.getFileName(), sidePath.getFileName()),
                null);
    }
}
