package app.masa.edit;

import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import java.util.ArrayList;
import java.util.List;

/** Linking a card or stage to another journey, and unlinking it: one undo step each. */
public final class LinkEdits {
    private LinkEdits() {
    }

    /** Where the link's card or stage leads from now on; a link it had before is replaced. */
    public static Command set(String mapId, JourneyLink link) {
        return new SetMapValue<>(mapId, JourneyMap::links, JourneyMap::withLinks, LinkEdits::bytes,
                (map, current) -> {
                    List<JourneyLink> after = new ArrayList<>(current);
                    after.removeIf(l -> l.source().equals(link.source()));
                    after.add(link);
                    return new SetMapValue.Change<>(List.copyOf(after), Label.plain("edit.link.set", 1));
                });
    }

    public static Command remove(String mapId, String source) {
        return new SetMapValue<>(mapId, JourneyMap::links, JourneyMap::withLinks, LinkEdits::bytes,
                (map, current) -> new SetMapValue.Change<>(
                        current.stream().filter(l -> !l.source().equals(source)).toList(),
                        Label.plain("edit.link.remove", 1)));
    }

    /**
     * The links of every map to other files, rewritten for a file that moves from one folder to
     * another so they still lead to the same files; null when no link needs it.
     */
    public static Command rebase(app.masa.model.JourneyFile document, java.nio.file.Path fromFolder,
                                 java.nio.file.Path toFolder) {
        List<Command> changes = new ArrayList<>();
        for (JourneyMap map : document.maps()) {
            for (JourneyLink link : map.links()) {
                if (link.inThisFile()) {
                    continue;
                }
                java.nio.file.Path target = fromFolder.resolve(link.file()).normalize();
                String moved = toFolder.relativize(target).toString().replace('\\', '/');
                if (!moved.equals(link.file())) {
                    changes.add(set(map.id(), link.withFile(moved)));
                }
            }
        }
        return changes.isEmpty() ? null : Edits.compound(app.masa.i18n.Messages.get("edit.link.rebase"), changes);
    }

    private static long bytes(List<JourneyLink> links) {
        return 64 + 96L * links.size();
    }
}
