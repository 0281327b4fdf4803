package app.masa.model;

import java.util.Objects;

/**
 * A picture on a card or in a storyboard frame, as the file keeps it: a PNG or JPEG image inside a
 * data URI (so one map stays one file and never loads anything from elsewhere), and the point of
 * the picture that stays in view when the frame crops it.
 *
 * @param image {@code data:image/png;base64,…} or {@code data:image/jpeg;base64,…}
 * @param focusX where the focus lies across the picture, 0 (its left edge) to 1 (its right edge)
 * @param focusY where the focus lies down the picture, 0 (its top) to 1 (its bottom)
 */
public record Picture(String image, double focusX, double focusY, Extras extras) {
    /**
     * The most base64 characters a card's picture may have: about 450 KB of image. Pictures Masa
     * makes itself stay near 300 KB (1,600 pixels on the long side, decision 0027).
     */
    public static final int MAX_BASE64_CHARS = 600_000;

    public Picture {
        Objects.requireNonNull(image, "image");
        focusX = clamp(focusX);
        focusY = clamp(focusY);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A picture centred in its frame. */
    public static Picture of(String image) {
        return new Picture(image, 0.5, 0.5, Extras.NONE);
    }

    public Picture withFocus(double x, double y) {
        return new Picture(image, x, y, extras);
    }

    /** Whether the image is a PNG or JPEG data URI within {@link #MAX_BASE64_CHARS}. */
    public boolean isValid() {
        return PersonaPhoto.isWellFormed(image) && PersonaPhoto.base64Chars(image) <= MAX_BASE64_CHARS;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0.5 : Math.max(0, Math.min(1, v));
    }
}
