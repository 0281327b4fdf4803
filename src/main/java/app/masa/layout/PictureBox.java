package app.masa.layout;

/**
 * A picture's frame on a card, placed by the layout.
 *
 * @param image the PNG or JPEG bytes, or null for an empty storyboard frame (or a picture that cannot
 *              be shown): the frame's placeholder stays
 * @param focusX the point of the picture (0 to 1 across) that the crop keeps in view
 * @param focusY the same, 0 to 1 down
 * @param still a storyboard's frame, whose picture is the card's point (kept when the map is shown small)
 */
public record PictureBox(Rect frame, byte[] image, double focusX, double focusY, boolean still) {
    PictureBox moved(double dy) {
        return new PictureBox(new Rect(frame.x(), frame.y() + dy, frame.width(), frame.height()), image, focusX,
                focusY, still);
    }
}
