package app.masa.ui.canvas;

import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.Rect;
import app.masa.layout.StageBox;
import app.masa.layout.Surface;
import java.util.List;
import javafx.scene.input.MouseEvent;

/**
 * Drags a stage header along the stages, or a lane header along the lanes, to reorder it. The new
 * position counts the other headers whose middle the pointer has passed in reading order.
 */
final class HeaderMoveGesture implements Gesture {
    private static final double START_PIXELS = 6;

    private final MapCanvas canvas;
    private final boolean stage;
    private final String id;
    private final double startX;
    private final double startY;
    private boolean moved;
    private int newIndex = -1;
    private Rect indicator;

    private HeaderMoveGesture(MapCanvas canvas, boolean stage, String id, double startX, double startY) {
        this.canvas = canvas;
        this.stage = stage;
        this.id = id;
        this.startX = startX;
        this.startY = startY;
    }

    static HeaderMoveGesture stage(MapCanvas canvas, String stageId, double x, double y) {
        return new HeaderMoveGesture(canvas, true, stageId, x, y);
    }

    static HeaderMoveGesture lane(MapCanvas canvas, String laneId, double x, double y) {
        return new HeaderMoveGesture(canvas, false, laneId, x, y);
    }

    @Override
    public void drag(double x, double y, MouseEvent e) {
        if (!moved && Math.hypot(x - startX, y - startY) * canvas.viewport().zoom() < START_PIXELS) {
            return;
        }
        moved = true;
        MapLayout layout = canvas.currentLayout();
        if (stage) {
            dragStage(layout, x);
        } else {
            dragLane(layout, y);
        }
    }

    private void dragStage(MapLayout layout, double x) {
        boolean rtl = layout.direction().isRightToLeft();
        List<StageBox> others = layout.stages().stream().filter(s -> !s.stageId().equals(id)).toList();
        int index = 0;
        for (StageBox s : others) {
            boolean passed = rtl ? x < s.header().centerX() : x > s.header().centerX();
            if (passed) {
                index++;
            }
        }
        newIndex = index;
        StageBox any = layout.stages().get(0);
        double lineX;
        if (others.isEmpty()) {
            lineX = any.header().x();
        } else if (index < others.size()) {
            StageBox next = others.get(index);
            lineX = rtl ? next.header().maxX() : next.header().x();
        } else {
            StageBox last = others.get(others.size() - 1);
            lineX = rtl ? last.header().x() : last.header().maxX();
        }
        double bottom = Math.max(any.column().maxY(), any.header().maxY());
        indicator = new Rect(lineX - 2, any.header().y(), 4, bottom - any.header().y());
    }

    private void dragLane(MapLayout layout, double y) {
        List<LaneBox> others = layout.lanes().stream().filter(l -> !l.laneId().equals(id)).toList();
        int index = 0;
        for (LaneBox l : others) {
            if (y > l.band().centerY()) {
                index++;
            }
        }
        newIndex = index;
        LaneBox first = layout.lanes().get(0);
        double left = Math.min(first.header().x(), first.band().x());
        double right = Math.max(first.header().maxX(), first.band().maxX());
        double lineY;
        if (others.isEmpty()) {
            lineY = first.band().y();
        } else if (index < others.size()) {
            lineY = others.get(index).band().y();
        } else {
            lineY = others.get(others.size() - 1).band().maxY();
        }
        indicator = new Rect(left, lineY - 2, right - left, 4);
    }

    @Override
    public void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
        if (!moved || newIndex < 0) {
            return;
        }
        var map = canvas.currentMap();
        int current = stage ? map.stageIndex(id) : map.laneIndex(id);
        if (current < 0 || current == newIndex) {
            return;
        }
        if (stage) {
            canvas.edits().moveStage(map, id, newIndex);
        } else {
            canvas.edits().moveLane(map, id, newIndex);
        }
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        if (moved && indicator != null) {
            s.fillRect(indicator, 2, Feedback.DROP);
            if (stage) {
                layout.stages().stream().filter(b -> b.stageId().equals(id)).findFirst()
                        .ifPresent(b -> s.fillRect(b.header(), 0, Feedback.SELECTION_FILL));
            } else {
                layout.lanes().stream().filter(b -> b.laneId().equals(id)).findFirst()
                        .ifPresent(b -> s.fillRect(b.header(), 0, Feedback.SELECTION_FILL));
            }
        }
    }

}
