package app.masa.ui.canvas;

import app.masa.layout.Point;
import app.masa.layout.StageBox;
import app.masa.model.JourneyMap;

/**
 * Drags the border at a stage's reading end (right in left-to-right maps, left in right-to-left
 * ones) to make the column wider or narrower. The stage's width is relative, so the new width is
 * the old one scaled by how much the column grew.
 */
final class StageResizeGesture extends BorderResizeGesture {
    static final double MIN_PIXELS = 90;

    private final StageBox box;
    private final boolean rtl;

    StageResizeGesture(MapCanvas canvas, StageBox box, boolean rtl) {
        super(canvas, rtl ? box.column().x() : box.column().maxX());
        this.box = box;
        this.rtl = rtl;
    }

    @Override
    double along(double x, double y) {
        return x;
    }

    @Override
    double sizeFor(double edge) {
        double w = rtl ? box.column().maxX() - edge : edge - box.column().x();
        return Math.max(MIN_PIXELS, w);
    }

    @Override
    void apply(JourneyMap map, double pixels) {
        map.stage(box.stageId()).ifPresent(stage -> {
            double scaled = stage.width() * pixels / box.column().width();
            double rounded = Math.round(scaled * 100) / 100.0;
            if (Math.abs(rounded - stage.width()) >= 0.01) {
                canvas().edits().changeStage(map, stage, stage.withWidth(rounded));
            }
        });
    }

    @Override
    Point[] line(double pixels) {
        double shown = rtl ? box.column().maxX() - pixels : box.column().x() + pixels;
        double top = box.header().y();
        double bottom = Math.max(box.column().maxY(), box.header().maxY());
        return new Point[] {new Point(shown, top), new Point(shown, bottom)};
    }
}
