package app.masa.ui.canvas;

/**
 * What lies under the pointer.
 *
 * @param id the card, stage, lane or connection the hit is about (null for a cell or nothing)
 * @param stageId the stage of the cell under the pointer, when there is one
 * @param laneId the lane of the cell under the pointer, when there is one
 */
record Hit(Kind kind, String id, String stageId, String laneId) {
    enum Kind {
        CARD_HANDLE, CURVE_POINT, CARD, LANE_CHEVRON, STAGE_BORDER, LANE_BORDER, STAGE_HEADER, LANE_HEADER,
        CONNECTION, CELL, NOTHING
    }

    static final Hit NOTHING = new Hit(Kind.NOTHING, null, null, null);

    boolean is(Kind k) {
        return kind == k;
    }

    boolean inCell() {
        return stageId != null && laneId != null;
    }
}
