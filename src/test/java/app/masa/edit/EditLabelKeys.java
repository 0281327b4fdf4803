package app.masa.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every message key an edit's label may be worded with. Labels build their keys at run time
 * ("edit." + part + "." + action, with ".many" for several elements and ".untitled" for an element
 * without a title), so the keys are worked out here from the same parts, actions and labels the
 * commands use.
 */
public final class EditLabelKeys {
    private static final Path EDIT_SOURCES = Path.of("src/main/java/app/masa/edit");
    private static final Map<String, Part<?>> PARTS = Map.of("CARDS", Part.CARDS, "STAGES", Part.STAGES,
            "LANES", Part.LANES, "CONNECTIONS", Part.CONNECTIONS, "PERSONAS", Part.PERSONAS);
    /** The commands that change a part's list, with the action their label names. */
    private static final Map<String, String> LIST_COMMANDS = Map.of("AddElement", "add", "MoveElement", "move",
            "DeleteElements", "delete", "DeleteWithCards", "delete");
    private static final Pattern LIST_COMMAND = Pattern.compile(
            "new (" + String.join("|", LIST_COMMANDS.keySet()) + ")<>\\(Part\\.(\\w+)");
    private static final Pattern LITERAL_LABEL = Pattern.compile(
            "Label\\.(titled|counted|plain)\\(\\s*\"([^\"]+)\"\\s*[,)]");

    private EditLabelKeys() {
    }

    public static SortedSet<String> all() {
        List<Label> labels = new ArrayList<>();
        for (Part<?> part : PARTS.values()) {
            // ChangeElement and ChangeCard: the field's action, or "edit" for any other field
            for (String action : union(part.fieldKey().values(), "edit")) {
                labels.add(part.label(action, null));
            }
        }
        // ChangeElement names a lane's collapsed flag by what happened to it.
        labels.add(Part.LANES.label("collapse", null));
        labels.add(Part.LANES.label("expand", null));
        for (String action : union(ChangeMap.ACTIONS.values(), "edit")) {
            labels.add(Label.titled("edit.map." + action, ""));
        }
        String sources = editSources();
        Matcher listCommand = LIST_COMMAND.matcher(sources);
        while (listCommand.find()) {
            Part<?> part = PARTS.get(listCommand.group(2));
            String action = LIST_COMMANDS.get(listCommand.group(1));
            labels.add(part.label(action, null));
            if (listCommand.group(1).equals("DeleteElements")) {
                labels.add(Label.counted("edit." + part.key() + "." + action, 2, ""));
            }
        }
        Matcher literal = LITERAL_LABEL.matcher(sources);
        while (literal.find()) {
            labels.addAll(labelsOf(literal.group(1), literal.group(2)));
        }
        // InsertCards: adding one card names it; duplicating and pasting count the cards.
        labels.addAll(labelsOf("titled", "edit.card.add"));
        labels.addAll(labelsOf("counted", "edit.card.duplicate"));
        labels.addAll(labelsOf("counted", "edit.card.paste"));

        SortedSet<String> keys = new TreeSet<>();
        labels.forEach(label -> keys.addAll(keysOf(label)));
        return keys;
    }

    private static List<Label> labelsOf(String factory, String key) {
        return switch (factory) {
            case "titled" -> List.of(Label.titled(key, ""));
            case "counted" -> List.of(Label.counted(key, 1, ""), Label.counted(key, 2, ""));
            default -> List.of(Label.plain(key, 1));
        };
    }

    /** The keys {@link Label#text()} reads for this label, whatever its title turns out to be. */
    static List<String> keysOf(Label label) {
        if (label.key() == null) {
            return List.of();
        }
        if (label.count() > 1) {
            return List.of(label.key() + ".many");
        }
        return label.title() == null ? List.of(label.key()) : List.of(label.key(), label.key() + ".untitled");
    }

    private static List<String> union(java.util.Collection<String> values, String more) {
        List<String> all = new ArrayList<>(new TreeSet<>(values));
        all.add(more);
        return all;
    }

    private static String editSources() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(EDIT_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
