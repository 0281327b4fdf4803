package app.masa.io;

import app.masa.model.PersonaPhoto;
import app.masa.model.Picture;

/** Reads a card's "picture": the embedded image is required, its focus point is optional. */
final class PictureBinder {
    private PictureBinder() {
    }

    /** The card's picture, or null when it has none or its image is not one Masa accepts. */
    static Picture picture(Fields card) {
        Fields p = card.child("picture");
        if (p == null) {
            return null;
        }
        String image = p.requiredString("image");
        Double x = p.numberBetween("focus-x", 0, 1);
        Double y = p.numberBetween("focus-y", 0, 1);
        if (image == null) {
            return null;
        }
        // The message never repeats the value, which may be half a megabyte long.
        if (!PersonaPhoto.isWellFormed(image)) {
            p.problemAt("image", "validate.picture");
            return null;
        }
        if (PersonaPhoto.base64Chars(image) > Picture.MAX_BASE64_CHARS) {
            p.problemAt("image", "validate.pictureSize", PersonaPhoto.base64Chars(image), Picture.MAX_BASE64_CHARS);
            return null;
        }
        return new Picture(image, x == null ? 0.5 : x, y == null ? 0.5 : y, p.extras(KnownFields.PICTURE));
    }
}
