package app.masa.layout;

import app.masa.i18n.Messages;
import app.masa.model.LaneKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The empty frames of a storyboard lane, where the designer invites a picture ("Drop a picture
 * here") in the cells that have none yet. Not part of the map: only the canvas shows them.
 */
public final class StoryboardSlots {
    private StoryboardSlots() {
    }

    /** An empty cell's frame, and the words in the middle of it. */
    public record Slot(String stageId, String laneId, Rect frame, TextLine label) {
    }

    public static List<Slot> of(MapLayout layout) {
        Set<String> storyboards = new HashSet<>();
        for (LaneBox lane : layout.lanes()) {
            if (lane.kind() == LaneKind.STORYBOARD && !lane.collapsed()) {
                storyboards.add(lane.laneId());
            }
        }
        if (storyboards.isEmpty()) {
            return List.of();
        }
        Set<String> filled = new HashSet<>();
        for (CardBox card : layout.cards()) {
            filled.add(card.stageId() + "\u0000" + card.laneId());
        }
        MapStyle style = layout.style();
        double pad = style.metrics().cellPadding();
        String words = Messages.get("canvas.storyboard.drop");
        double size = style.typography().size(FontRole.SMALL);
        FontSpec spec = style.typography().spec(FontRole.SMALL);
        double width = FontTableMeasurer.shared().width(words, spec.face(), size);
        List<Slot> slots = new ArrayList<>();
        for (CellBox cell : layout.cells()) {
            if (!storyboards.contains(cell.laneId()) || filled.contains(cell.stageId() + "\u0000" + cell.laneId())) {
                continue;
            }
            Rect b = cell.bounds();
            Rect frame = CardPlacer.stillFrame(b.x() + pad, b.y() + pad, b.width() - 2 * pad, style);
            double baseline = frame.centerY() + size * 0.35;
            TextLine label = new TextLine(words, FontRole.SMALL, frame.centerX() - width / 2, baseline, width,
                    Messages.isRightToLeft());
            slots.add(new Slot(cell.stageId(), cell.laneId(), frame, label));
        }
        return slots;
    }
}
