package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Point;
import app.masa.layout.StageBox;
import app.masa.layout.Surface;
import app.masa.model.JourneyMap;
import javafx.scene.input.MouseEvent;

/**
 * Drags the border at a stage's reading end (right in left-to-right maps, left in right-to-left
 * ones) to make the column wider or narrower. The stage's width is relative, so the new width is
 * the old one scaled by how much the column grew.
 */
final class StageResizeGesture implements Gesture {
    static final double MIN_PIXELS = 90;

    private final MapCanvas canvas;
    private final StageBox box;
    private final boolean rtl;
    private double edge;

    StageResizeGesture(MapCanvas canvas, StageBox box, boolean rtl) {
        this.canvas = canvas;
        this.box = box;
        this.rtl = rtl;
        this.edge = rtl ? box.column().x() : box.column().maxX();
    }

    private double newPixels() {
        double w = rtl ? box.column().maxX() - edge : edge - box.column().x();
        return Math.max(MIN_PIXELS, w);
    }

    @Override
    public void drag(double x, double y, MouseEvent e) {
        edge = x;
    }

    @Override
    public void release(double x, double y, MouseEvent e) {
        drag(x, y, e);
        JourneyMap map = canvas.currentMap();
        map.stage(box.stageId()).ifPresent(stage -> {
            double scaled = stage.width() * newPixels() / box.column().width();
            double rounded = Math.round(scaled * 100) / 100.0;
            if (Math.abs(rounded - stage.width()) >= 0.01) {
                canvas.edits().changeStage(map, stage, stage.withWidth(rounded));
            }
        });
    }

    @Override
    public boolean autoScrolls() {
        return false;
    }

    @Override
    public void paint(Surface s, MapLayout layout, double zoom) {
        double shown = rtl ? box.column().maxX() - newPixels() : box.column().x() + newPixels();
        double top = box.header().y();
        double bottom = Math.max(box.column().maxY(), box.header().maxY());
        s.strokeLine(new Point(shown, top), new Point(shown, bottom), Feedback.screenStroke(Feedback.DROP, 2, zoom));
    }

}
