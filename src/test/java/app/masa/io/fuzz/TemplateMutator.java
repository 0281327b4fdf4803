package app.masa.io.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes hostile variants of a valid journey file, each kind of damage a real file meets: cut off by
 * a crash or a full disk, bytes flipped by a bad disk or a sync client, fields removed or of the
 * wrong type by hand editing, values out of range, references to things that are not there, and
 * the sizes an attacker chooses (huge strings, deep nesting).
 */
final class TemplateMutator {
    static final String[] KINDS = {"truncate", "flip", "remove-field", "change-type", "out-of-range",
            "break-reference", "huge-string", "deep-nesting", "duplicate-id", "splice-garbage", "encoding"};

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] REFERENCE_FIELDS = {"stage", "lane", "from", "to", "id"};

    private final SplittableRandom random;

    TemplateMutator(long seed) {
        random = new SplittableRandom(seed);
    }

    Mutation mutate(String template, byte[] original, String kind) throws IOException {
        String label = template + " " + kind;
        return switch (kind) {
            case "truncate" -> truncate(label, original);
            case "flip" -> flip(label, original);
            case "remove-field" -> tree(label, original, this::removeField);
            case "change-type" -> tree(label, original, this::changeType);
            case "out-of-range" -> tree(label, original, this::outOfRange);
            case "break-reference" -> tree(label, original, this::breakReference);
            case "huge-string" -> tree(label, original, this::hugeString);
            case "deep-nesting" -> deepNesting(label, original);
            case "duplicate-id" -> tree(label, original, this::duplicateId);
            case "splice-garbage" -> splice(label, original);
            case "encoding" -> encoding(label, original);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Mutation truncate(String label, byte[] original) {
        int at = random.nextInt(original.length);
        byte[] cut = java.util.Arrays.copyOf(original, at);
        return new Mutation(label + " at byte " + at, cut);
    }

    private Mutation flip(String label, byte[] original) {
        byte[] copy = original.clone();
        int flips = 1 + random.nextInt(6);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
            where.append(' ').append(at);
        }
        return new Mutation(label + " at" + where, copy);
    }

    private Mutation splice(String label, byte[] original) {
        int at = random.nextInt(original.length);
        byte[] garbage = new byte[1 + random.nextInt(64)];
        random.nextBytes(garbage);
        byte[] out = new byte[original.length + garbage.length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(garbage, 0, out, at, garbage.length);
        System.arraycopy(original, at, out, at + garbage.length, original.length - at);
        return new Mutation(label + " " + garbage.length + " bytes at " + at, out);
    }

    private Mutation encoding(String label, byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> new Mutation(label + " UTF-16", text.getBytes(StandardCharsets.UTF_16));
            case 1 -> new Mutation(label + " Latin-1 bytes", text.replace("\"title\"", "\"title\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));
            case 2 -> {
                byte[] withBom = new byte[original.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(original, 0, withBom, 3, original.length);
                yield new Mutation(label + " byte-order mark", withBom);
            }
            default -> {
                byte[] copy = original.clone();
                int at = random.nextInt(copy.length);
                copy[at] = (byte) (0x80 | random.nextInt(0x40));
                yield new Mutation(label + " stray continuation byte at " + at, copy);
            }
        };
    }

    private interface TreeChange {
        String apply(ObjectNode root);
    }

    private Mutation tree(String label, byte[] original, TreeChange change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(original);
        String what = change.apply(root);
        return new Mutation(label + ": " + what, JSON.writeValueAsBytes(root));
    }

    private String removeField(ObjectNode root) {
        List<ObjectNode> objects = objects(root);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = fieldNames(target);
        if (names.isEmpty()) {
            return "nothing to remove";
        }
        String name = names.get(random.nextInt(names.size()));
        target.remove(name);
        return "removed " + name;
    }

    private String changeType(ObjectNode root) {
        Slot slot = anySlot(root);
        JsonNode replacement = switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(random.nextInt(1000) - 500);
            case 1 -> NODES.textNode("not what was expected");
            case 2 -> NODES.arrayNode().add(1).add("two");
            case 3 -> NODES.objectNode().put("x", 1);
            case 4 -> NODES.nullNode();
            default -> NODES.booleanNode(random.nextBoolean());
        };
        slot.set(replacement);
        return slot.name + " became " + replacement.getNodeType();
    }

    private String outOfRange(ObjectNode root) {
        List<Slot> numbers = slots(root).stream().filter(s -> s.get().isNumber()).toList();
        Slot slot = numbers.isEmpty() ? anySlot(root) : numbers.get(random.nextInt(numbers.size()));
        JsonNode value = switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(Long.MAX_VALUE);
            case 1 -> NODES.numberNode(-2_147_483_649L);
            case 2 -> NODES.numberNode(1e308);
            case 3 -> NODES.numberNode(new java.math.BigInteger("9".repeat(90)));
            case 4 -> NODES.numberNode(-0.000001);
            case 5 -> NODES.numberNode(99);
            default -> NODES.numberNode(-99);
        };
        slot.set(value);
        return slot.name + " = " + value;
    }

    private String breakReference(ObjectNode root) {
        List<Slot> references = slots(root).stream()
                .filter(s -> s.get().isTextual() && List.of(REFERENCE_FIELDS).contains(s.name)).toList();
        if (references.isEmpty()) {
            return "no reference";
        }
        Slot slot = references.get(random.nextInt(references.size()));
        String value = random.nextBoolean() ? "no-such-" + random.nextInt(1000) : "";
        slot.set(NODES.textNode(value));
        return slot.name + " -> \"" + value + "\"";
    }

    private String duplicateId(ObjectNode root) {
        List<ArrayNode> arrays = new ArrayList<>();
        collectArrays(root, arrays);
        List<ArrayNode> withObjects = arrays.stream().filter(a -> a.size() > 0 && a.get(0).isObject()).toList();
        if (withObjects.isEmpty()) {
            return "no array";
        }
        ArrayNode array = withObjects.get(random.nextInt(withObjects.size()));
        array.add(array.get(random.nextInt(array.size())).deepCopy());
        return "an element repeated";
    }

    private String hugeString(ObjectNode root) {
        List<Slot> texts = slots(root).stream().filter(s -> s.get().isTextual()).toList();
        Slot slot = texts.isEmpty() ? anySlot(root) : texts.get(random.nextInt(texts.size()));
        int length = random.nextBoolean() ? 2_000_000 : 200_000 + random.nextInt(700_000);
        slot.set(NODES.textNode("x".repeat(length)));
        return slot.name + " of " + length + " characters";
    }

    /** Built as text: a tree this deep would overflow the writer's own stack. */
    private Mutation deepNesting(String label, byte[] original) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(original);
        int depth = random.nextBoolean() ? 100_000 : 150 + random.nextInt(200);
        Slot slot = anySlot(root);
        slot.set(NODES.textNode("__deep__"));
        String nested = "[".repeat(depth) + "1" + "]".repeat(depth);
        String text = JSON.writeValueAsString(root).replace("\"__deep__\"", nested);
        return new Mutation(label + ": " + slot.name + " nested " + depth + " deep", text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- walking the tree ----

    /** A place in the tree that holds a value: a field of an object or an element of an array. */
    private static final class Slot {
        final JsonNode parent;
        final String name;
        final int index;

        Slot(JsonNode parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        JsonNode get() {
            return parent.isObject() ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private Slot anySlot(ObjectNode root) {
        List<Slot> all = slots(root);
        return all.get(random.nextInt(all.size()));
    }

    private static List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collectSlots(root, out);
        return out;
    }

    private static void collectSlots(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (String name : fieldNames(node)) {
                out.add(new Slot(node, name, -1));
                collectSlots(node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, "[" + i + "]", i));
                collectSlots(node.get(i), out);
            }
        }
    }

    private static List<ObjectNode> objects(JsonNode root) {
        List<ObjectNode> out = new ArrayList<>();
        collectObjects(root, out);
        return out;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        node.forEach(child -> collectObjects(child, out));
    }

    private static void collectArrays(JsonNode node, List<ArrayNode> out) {
        if (node instanceof ArrayNode a) {
            out.add(a);
        }
        node.forEach(child -> collectArrays(child, out));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
