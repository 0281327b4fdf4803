package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.List;
import java.util.function.BiConsumer;

/** Adds a stage, lane, connection or persona at a position of its list. */
final class AddElement<T extends Record> extends DeltaCommand {
    private final Part<T> part;
    private final String mapId;
    private final T element;
    private final int index;
    private final BiConsumer<JourneyMap, T> check;

    AddElement(Part<T> part, String mapId, T element, int index, BiConsumer<JourneyMap, T> check) {
        this.part = part;
        this.mapId = mapId;
        this.element = element;
        this.index = index;
        this.check = check;
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        String id = part.id().apply(element);
        if (part.indexOf(map, id) >= 0) {
            throw new IllegalArgumentException("map " + mapId + " already has a " + part.key() + " with id " + id);
        }
        check.accept(map, element);
        List<T> list = part.list().apply(map);
        ListEdit.Builder<T> edit = ListEdit.builder();
        edit.insert(Math.max(0, Math.min(index, list.size())), element);
        return new Planned(part.label("add", element), MapDelta.on(mapId).edit(part, edit).build());
    }
}
