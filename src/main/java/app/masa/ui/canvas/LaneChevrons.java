package app.masa.ui.canvas;

import app.masa.layout.LaneBox;
import app.masa.layout.MapLayout;
import app.masa.layout.PathShape;
import app.masa.layout.Rect;
import app.masa.layout.Stroke;
import app.masa.layout.Surface;

/** The collapse chevron on each lane header: pointing down when open, toward the cells when collapsed. */
final class LaneChevrons implements MapMarks {
    @Override
    public void paint(Surface s, MapLayout layout) {
        boolean rtl = layout.direction().isRightToLeft();
        Stroke stroke = Stroke.solid(layout.style().palette().textMuted(), 1.6);
        for (LaneBox lane : layout.lanes()) {
            Rect r = lane.chevron();
            double cx = r.centerX();
            double cy = r.centerY();
            double a = r.width() / 5;
            PathShape p = new PathShape();
            if (lane.collapsed()) {
                double dir = rtl ? -1 : 1;
                p.moveTo(cx - dir * a / 2, cy - a).lineTo(cx + dir * a / 2, cy).lineTo(cx - dir * a / 2, cy + a);
            } else {
                p.moveTo(cx - a, cy - a / 2).lineTo(cx, cy + a / 2).lineTo(cx + a, cy - a / 2);
            }
            s.strokePath(p, stroke);
        }
    }
}
