package app.masa.io.recovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small file written next to each recovery copy: what the copy is, so the start-up dialog can
 * describe it without reading the whole document. A manifest that cannot be understood describes
 * nothing, and its copy is not offered.
 */
final class RecoveryManifest {
    static final String FORMAT = "masa-recovery";
    static final int VERSION = 1;
    /** A manifest is a few hundred bytes; anything far larger is not one of ours. */
    static final int MAX_BYTES = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecoveryManifest() {
    }

    static byte[] write(RecoveryEntry entry) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("savedAt", entry.savedAt().toString());
        if (entry.original() != null) {
            root.put("original", entry.original().toString());
        }
        ArrayNode titles = root.putArray("titles");
        entry.titles().forEach(titles::add);
        root.put("cards", entry.cards());
        ObjectNode owner = root.putObject("owner");
        owner.put("pid", entry.owner().pid());
        owner.put("host", entry.owner().host());
        if (entry.owner().started() != null) {
            owner.put("started", entry.owner().started().toString());
        }
        owner.put("token", entry.owner().token());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    static Optional<RecoveryEntry> read(String id, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
                return Optional.empty();
            }
            List<String> titles = new ArrayList<>();
            root.path("titles").forEach(t -> titles.add(t.asText()));
            JsonNode owner = root.path("owner");
            ProcessOwner process = new ProcessOwner(owner.path("pid").asLong(-1), owner.path("host").asText(""),
                    instant(owner.path("started")), owner.path("token").asText(""));
            Instant savedAt = instant(root.path("savedAt"));
            if (savedAt == null) {
                return Optional.empty();
            }
            Path original = root.hasNonNull("original") ? Path.of(root.get("original").asText()) : null;
            return Optional.of(new RecoveryEntry(id, original, savedAt, titles, root.path("cards").asInt(0), process));
        } catch (JsonProcessingException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
