package app.masa.ui.canvas;

import app.masa.layout.LaneBox;
import app.masa.layout.Point;
import app.masa.model.JourneyMap;

/** Drags a lane's bottom border to set its height (a minimum: a lane still grows to fit its cards). */
final class LaneResizeGesture extends BorderResizeGesture {
    static final double MIN_HEIGHT = 40;

    private final LaneBox box;

    LaneResizeGesture(MapCanvas canvas, LaneBox box) {
        super(canvas, box.band().maxY());
        this.box = box;
    }

    @Override
    double along(double x, double y) {
        return y;
    }

    @Override
    double sizeFor(double bottom) {
        return Math.max(MIN_HEIGHT, Math.round(bottom - box.band().y()));
    }

    @Override
    void apply(JourneyMap map, double height) {
        map.lane(box.laneId()).ifPresent(lane -> {
            if (Math.abs(height - box.band().height()) >= 1) {
                canvas().edits().changeLane(map, lane, lane.withHeight(height));
            }
        });
    }

    @Override
    Point[] line(double height) {
        double y = box.band().y() + height;
        double left = Math.min(box.header().x(), box.band().x());
        double right = Math.max(box.header().maxX(), box.band().maxX());
        return new Point[] {new Point(left, y), new Point(right, y)};
    }
}
