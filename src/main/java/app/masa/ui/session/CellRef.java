package app.masa.ui.session;

/** One cell of the current map: where a stage column meets a lane. */
public record CellRef(String stageId, String laneId) {
}
