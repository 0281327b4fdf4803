package app.masa.ui.canvas;

import app.masa.layout.CardBox;
import app.masa.layout.CellBox;
import app.masa.layout.MapLayout;
import app.masa.ui.session.CellRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Id lookups into one layout, so hit-testing and drop targets stay fast on a map of thousands of cards. */
final class LayoutIndex {
    private final MapLayout layout;
    private final Map<String, CardBox> cards = new HashMap<>();
    private final Map<CellRef, List<CardBox>> cardsByCell = new HashMap<>();
    private final Map<CellRef, CellBox> cells = new LinkedHashMap<>();

    LayoutIndex(MapLayout layout) {
        this.layout = layout;
        for (CardBox c : layout.cards()) {
            cards.put(c.cardId(), c);
            cardsByCell.computeIfAbsent(new CellRef(c.stageId(), c.laneId()), k -> new ArrayList<>()).add(c);
        }
        for (CellBox cell : layout.cells()) {
            cells.put(new CellRef(cell.stageId(), cell.laneId()), cell);
        }
    }

    MapLayout layout() {
        return layout;
    }

    CardBox card(String id) {
        return cards.get(id);
    }

    /** A cell's cards in the order the layout placed them (their order in the cell). */
    List<CardBox> cardsIn(CellRef cell) {
        return cardsByCell.getOrDefault(cell, List.of());
    }

    CellBox cell(CellRef ref) {
        return cells.get(ref);
    }
}
