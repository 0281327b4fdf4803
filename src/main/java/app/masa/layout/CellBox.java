package app.masa.layout;

/** Where a stage column meets a lane band: the place cards are dropped into. */
public record CellBox(String stageId, String laneId, Rect bounds) {
}
