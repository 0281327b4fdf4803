package app.masa.layout;

import app.masa.model.Brand;
import app.masa.model.PersonaPhoto;

/**
 * The brand's logo at the head of a printed map: at the reading end of the title block, opposite
 * the title, at most {@link #MAX_HEIGHT} tall and {@link #MAX_WIDTH} wide, in its own proportions.
 *
 * @param image the PNG or JPEG bytes
 */
public record TitleLogo(Rect bounds, byte[] image) {
    static final double MAX_HEIGHT = 48;
    static final double MAX_WIDTH = 180;
    static final double GAP = 24;

    /** A logo measured for the page, not yet placed. */
    record Sized(byte[] image, double width, double height) {
        TitleLogo at(double x, double y) {
            return new TitleLogo(new Rect(x, y, width, height), image);
        }
    }

    /** The brand's logo at its size on the page, or null when it has none or it cannot be drawn safely. */
    static Sized measure(Brand brand) {
        if (brand == null || brand.logo() == null) {
            return null;
        }
        byte[] bytes = PersonaPhoto.bytes(brand.logo()).orElse(null);
        int[] pixels = PhotoCheck.size(bytes);
        if (pixels == null) {
            return null;
        }
        double scale = Math.min(MAX_HEIGHT / pixels[1], MAX_WIDTH / pixels[0]);
        return new Sized(bytes, pixels[0] * scale, pixels[1] * scale);
    }
}
