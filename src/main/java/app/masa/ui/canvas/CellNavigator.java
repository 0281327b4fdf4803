package app.masa.ui.canvas;

import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.ui.session.CellRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves between the cells cards are typed into. Reading order is lane by lane, stage by stage in
 * journey order (the layout puts the first stage at the right in right-to-left maps, so "next"
 * follows the reading direction there too). The emotion lane and collapsed lanes are skipped.
 */
final class CellNavigator {
    private CellNavigator() {
    }

    /** The cells that take cards, in reading order. */
    static List<CellRef> cells(JourneyMap map) {
        List<CellRef> cells = new ArrayList<>();
        for (Lane lane : map.lanes()) {
            if (typable(lane)) {
                map.stages().forEach(s -> cells.add(new CellRef(s.id(), lane.id())));
            }
        }
        return cells;
    }

    static boolean typable(Lane lane) {
        return lane.kind() != LaneKind.EMOTION && !lane.collapsed();
    }

    /** The next (or previous) cell in reading order, wrapping round; the first cell when none is given. */
    static CellRef step(JourneyMap map, CellRef from, boolean backwards) {
        List<CellRef> cells = cells(map);
        if (cells.isEmpty()) {
            return from;
        }
        int i = from == null ? -1 : cells.indexOf(from);
        if (i < 0) {
            return cells.get(0);
        }
        int next = Math.floorMod(i + (backwards ? -1 : 1), cells.size());
        return cells.get(next);
    }

    /**
     * The neighbouring cell in a screen direction. Left and right are swapped in right-to-left maps,
     * where the next stage is to the left. Stays put at the map's edge.
     */
    static CellRef neighbour(JourneyMap map, CellRef from, int screenDx, int dy) {
        if (from == null) {
            List<CellRef> cells = cells(map);
            return cells.isEmpty() ? null : cells.get(0);
        }
        int stage = map.stageIndex(from.stageId());
        int lane = map.laneIndex(from.laneId());
        if (stage < 0 || lane < 0) {
            return from;
        }
        int stageStep = map.direction().isRightToLeft() ? -screenDx : screenDx;
        int s = Math.max(0, Math.min(map.stages().size() - 1, stage + stageStep));
        int l = lane;
        if (dy != 0) {
            int candidate = lane + dy;
            while (candidate >= 0 && candidate < map.lanes().size() && !typable(map.lanes().get(candidate))) {
                candidate += dy;
            }
            if (candidate >= 0 && candidate < map.lanes().size()) {
                l = candidate;
            }
        }
        return new CellRef(map.stages().get(s).id(), map.lanes().get(l).id());
    }
}
