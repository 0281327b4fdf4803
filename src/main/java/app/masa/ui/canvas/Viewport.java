package app.masa.ui.canvas;

import app.masa.layout.Rect;
import app.masa.model.Direction;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;

/**
 * Which part of the map the canvas shows and how large: a zoom factor and the layout point at the
 * view's top-left corner. The javafx Canvas is only as large as the window, so scrolling is this
 * transform rather than a scroll pane around a huge node.
 */
final class Viewport {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4.0;
    /** Air around the map so its edges never touch the window frame. */
    static final double MARGIN = 32;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private double scrollX = -MARGIN;
    private double scrollY = -MARGIN;
    private double viewWidth = 1;
    private double viewHeight = 1;
    private double contentWidth;
    private double contentHeight;
    private Direction direction = Direction.LTR;

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    double zoom() {
        return zoom.get();
    }

    double scrollX() {
        return scrollX;
    }

    double scrollY() {
        return scrollY;
    }

    double viewWidth() {
        return viewWidth;
    }

    double viewHeight() {
        return viewHeight;
    }

    /** A new size keeps the reading start where it was: the left edge, or the right one in right-to-left maps. */
    void setViewSize(double width, double height) {
        if (direction.isRightToLeft()) {
            scrollX += (viewWidth - Math.max(1, width)) / zoom();
        }
        viewWidth = Math.max(1, width);
        viewHeight = Math.max(1, height);
        clamp();
    }

    /** A new map or a changed one: keeps the position unless the map got smaller. */
    void setContent(double width, double height, Direction readingDirection) {
        contentWidth = width;
        contentHeight = height;
        direction = readingDirection;
        clamp();
    }

    /** Shows the reading start: the top-left corner, or the top-right one in right-to-left maps. */
    void showReadingStart() {
        scrollY = minScrollY();
        scrollX = direction.isRightToLeft() ? maxScrollX() : minScrollX();
    }

    Point2D toLayout(double viewX, double viewY) {
        return new Point2D(scrollX + viewX / zoom(), scrollY + viewY / zoom());
    }

    Point2D toView(double layoutX, double layoutY) {
        return new Point2D((layoutX - scrollX) * zoom(), (layoutY - scrollY) * zoom());
    }

    /** The part of the layout that is on screen. */
    Rect visibleRect() {
        return new Rect(scrollX, scrollY, viewWidth / zoom(), viewHeight / zoom());
    }

    void scrollTo(double x, double y) {
        scrollX = x;
        scrollY = y;
        clamp();
    }

    void scrollBy(double dxLayout, double dyLayout) {
        scrollTo(scrollX + dxLayout, scrollY + dyLayout);
    }

    /** Zooms keeping the layout point under (viewX, viewY) where it is on screen. */
    void zoomAround(double newZoom, double viewX, double viewY) {
        Point2D anchor = toLayout(viewX, viewY);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom)));
        scrollX = anchor.getX() - viewX / zoom();
        scrollY = anchor.getY() - viewY / zoom();
        clamp();
    }

    /** The zoom at which the whole map fits the view, centred. */
    void fit() {
        double z = Math.min(viewWidth / (contentWidth + 2 * MARGIN), viewHeight / (contentHeight + 2 * MARGIN));
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)));
        scrollX = contentWidth / 2 - viewWidth / zoom() / 2;
        scrollY = -MARGIN;
        clamp();
    }

    /**
     * The zoom at which the map's width fits the view, but never below {@code legibleZoom}: a map too
     * wide to read whole shows as many stages as can be read, from its reading start, at the top.
     */
    void fitWidth(double legibleZoom) {
        double z = Math.max(legibleZoom, viewWidth / (contentWidth + 2 * MARGIN));
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)));
        clamp();
        showReadingStart();
    }

    double minScrollX() {
        double overflow = contentWidth + MARGIN - viewWidth / zoom();
        if (overflow >= -MARGIN) {
            return -MARGIN;
        }
        // The map is narrower than the view: pin it to the reading start.
        return direction.isRightToLeft() ? overflow : -MARGIN;
    }

    double maxScrollX() {
        return Math.max(minScrollX(), contentWidth + MARGIN - viewWidth / zoom());
    }

    double minScrollY() {
        return -MARGIN;
    }

    double maxScrollY() {
        return Math.max(minScrollY(), contentHeight + MARGIN - viewHeight / zoom());
    }

    private void clamp() {
        scrollX = Math.max(minScrollX(), Math.min(maxScrollX(), scrollX));
        scrollY = Math.max(minScrollY(), Math.min(maxScrollY(), scrollY));
    }
}
