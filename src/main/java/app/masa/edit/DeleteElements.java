package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Deletes connections or personas, which nothing else in the map depends on. */
final class DeleteElements<T extends Record> extends DeltaCommand {
    private final Part<T> part;
    private final String mapId;
    private final Set<String> ids;

    DeleteElements(Part<T> part, String mapId, Collection<String> ids) {
        this.part = part;
        this.mapId = mapId;
        this.ids = Set.copyOf(new HashSet<>(ids));
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        List<T> list = part.list().apply(map);
        ListEdit.Builder<T> edit = ListEdit.builder();
        T first = null;
        int count = 0;
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (ids.contains(part.id().apply(element))) {
                edit.remove(i, element);
                first = first == null ? element : first;
                count++;
            }
        }
        if (count == 0) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        Label label = count == 1 ? part.label("delete", first)
                : Label.counted("edit." + part.key() + ".delete", count, "");
        return new Planned(label, MapDelta.on(mapId).edit(part, edit).build());
    }

    @Override
    public long estimatedBytes() {
        return super.estimatedBytes() + 48L * ids.size();
    }
}
