package app.masa.layout;

import app.masa.model.LaneKind;
import java.util.List;

/** A lane's title header (at the reading start) and its full-width band. */
public record LaneBox(String laneId, int index, Rect header, Rect band, List<TextLine> titleLines, LaneKind kind,
                      boolean collapsed, Rgba fill) {
    public LaneBox {
        titleLines = List.copyOf(titleLines);
    }
}
