package app.masa.layout;

/**
 * What every painter implements: the JavaFX canvas, the PDF page, the SVG document and the Java2D
 * image. A {@code MapPainter} walks a {@link MapLayout} and calls only these, so every output draws
 * the same shapes in the same place. Coordinates are layout units with y pointing down.
 */
public interface Surface {
    void fillRect(Rect rect, double cornerRadius, Rgba fill);

    void strokeRect(Rect rect, double cornerRadius, Stroke stroke);

    /** A rectangle filled, then outlined: a surface that can paint both with one outline of it does. */
    default void fillAndStrokeRect(Rect rect, double cornerRadius, Rgba fill, Stroke stroke) {
        fillRect(rect, cornerRadius, fill);
        strokeRect(rect, cornerRadius, stroke);
    }

    void strokeLine(Point from, Point to, Stroke stroke);

    void fillPath(PathShape path, Rgba fill);

    void strokePath(PathShape path, Stroke stroke);

    void fillCircle(Point center, double radius, Rgba fill);

    /** Draws one line of text in logical order; the surface takes care of bidirectional reordering. */
    void text(TextLine line, Rgba color);

    /**
     * Draws a PNG or JPEG image scaled into a rectangle. A surface that cannot show images, or an
     * image it cannot read, leaves the rectangle as it is: painters put a placeholder under it.
     */
    default void image(Rect bounds, byte[] imageBytes) {
        image(bounds, imageBytes, 0.5, 0.5);
    }

    /**
     * Draws an image filling a rectangle, cropped around a focus point (0 to 1 across and down the
     * image; {@link ImageFit#cover} says which part stays).
     */
    default void image(Rect bounds, byte[] imageBytes, double focusX, double focusY) {
    }

    /** Starts a part of the map (an SVG {@code <g>}, a tagged PDF's structure element); parts nest. */
    default void beginGroup(Group group) {
    }

    default void endGroup() {
    }
}
