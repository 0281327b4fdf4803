package app.masa.edit;

import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.util.List;

/** Moves a stage or lane to another position: a header dragged along its band. */
final class MoveElement<T extends Record> extends DeltaCommand {
    private final Part<T> part;
    private final String mapId;
    private final String elementId;
    private final int newIndex;

    MoveElement(Part<T> part, String mapId, String elementId, int newIndex) {
        this.part = part;
        this.mapId = mapId;
        this.elementId = elementId;
        this.newIndex = newIndex;
    }

    @Override
    protected Planned plan(JourneyFile document) {
        JourneyMap map = requireMap(document, mapId);
        int from = part.require(map, elementId);
        List<T> list = part.list().apply(map);
        int to = Math.max(0, Math.min(newIndex, list.size() - 1));
        if (from == to) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        T element = list.get(from);
        ListEdit.Builder<T> edit = ListEdit.builder();
        edit.remove(from, element).insert(to, element);
        return new Planned(part.label("move", element), MapDelta.on(mapId).edit(part, edit).build());
    }
}
