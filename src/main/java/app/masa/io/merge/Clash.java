package app.masa.io.merge;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field that both sides changed to different values.
 *
 * @param field the field's path inside its thing, as the file names it ("title", "touchpoint.expected")
 * @param ours the value on our side, null when ours has none
 * @param theirs the value on their side, null when theirs has none
 */
record Clash(String field, JsonNode ours, JsonNode theirs) {
}
