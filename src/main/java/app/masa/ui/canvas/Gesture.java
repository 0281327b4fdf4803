package app.masa.ui.canvas;

import app.masa.layout.MapLayout;
import app.masa.layout.Surface;
import javafx.scene.input.MouseEvent;

/**
 * One press-drag-release of the mouse. It shows feedback while it lasts and changes the document
 * once, on release, so a gesture is one undo step.
 */
interface Gesture extends Overlay {
    /** The pointer moved to a layout point (also called while auto-scrolling, with the same event). */
    void drag(double x, double y, MouseEvent e);

    void release(double x, double y, MouseEvent e);

    /** Ends without a change (Escape, the map was replaced). */
    default void cancel() {
    }

    /** Whether holding the pointer near an edge should scroll the map. */
    default boolean autoScrolls() {
        return true;
    }

    @Override
    default void paint(Surface surface, MapLayout layout, double zoom) {
    }
}
