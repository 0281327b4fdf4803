package app.masa.ui.dialog;

import app.masa.i18n.Messages;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Window;

/**
 * Docks a window beside the map (a comparison, the comments) at the reading end of the designer
 * (its right edge, its left in Hebrew), where the inspector is, so the map's reading start, where a
 * person begins, stays in view.
 */
public final class ReadingEndDock implements WindowFit.Anchor {
    private static final double INSET = 12;

    @Override
    public Point2D place(Window owner, Rectangle2D screen, double width, double height) {
        if (owner == null || owner.getWidth() <= 0) {
            return WindowFit.Anchor.CENTRE_ON_OWNER.place(owner, screen, width, height);
        }
        double x = Messages.isRightToLeft() ? owner.getX() + INSET : owner.getX() + owner.getWidth() - width - INSET;
        double y = owner.getY() + Math.max(INSET, (owner.getHeight() - height) / 2);
        return new Point2D(x, y);
    }
}
