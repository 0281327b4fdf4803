package app.masa.ui.canvas;

import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import javafx.scene.input.MouseEvent;

/** Drags a lane's bottom border to set its height (a minimum: a lane still grows to fit its cards). */
final class LaneResizeGesture implements Gesture {
    static final double MIN_HEIGHT = 40;

    private final MapCanvas canvas;
    private final LaneBox box;
    private double bottom;

    LaneResizeGesture(MapCanvas canvas, LaneBox box) {
        this.canvas = canvas;
        this.box = box;
        this.bottom = box.band().maxY();
    }

    private double newHeight() {
        return Math.max(MIN_HEIGHT, Math.round(bottom - box.band().y()));
    }

    @Override
    public void drag(double x, double y, MouseEvent e) {
        bottom = y;
    }

    @Override
    public void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
        JourneyMap map = canvas.currentMap();
        map.lane(box.laneId()).ifPresent(lane -> {
            double h = newHeight();
            if (Math.abs(h - box.band().height()) >= 1) {
                canvas.edits().changeLane(map, lane, lane.withHeight(h));
            }
        });
    }

    @Override
    public boolean autoScrolls() {
        return false;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        double y = box.band().y() + newHeight();
        double left = Math.min(box.header().x(), box.band().x());
        double right = Math.max(box.header().maxX(), box.band().maxX());
        s.strokeLine(new Point(left, y), new Point(right, y), Feedback.screenStroke(Feedback.DROP, 2, zoom));
    }
}
