package app.masa.layout;

/** Helpers the surfaces share for {@link Surface#image}: what kind of image, and how to fill a box with it. */
public final class ImageFit {
    private ImageFit() {
    }

    /** "image/png" for PNG bytes, else "image/jpeg" (the only two kinds a map embeds). */
    public static String mediaType(byte[] image) {
        boolean png = image.length > 4 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N'
                && image[3] == 'G';
        return png ? "image/png" : "image/jpeg";
    }

    /**
     * The part of an image of the given size that fills a box without distortion: the largest
     * centred region with the box's proportions (the rest is cropped, as a photo in a frame).
     */
    public static Rect cover(double imageWidth, double imageHeight, Rect box) {
        return cover(imageWidth, imageHeight, box, 0.5, 0.5);
    }

    /**
     * The part of an image that fills a box without distortion and keeps a focus point (0 to 1
     * across and down the image) as near its centre as the image's edges allow.
     */
    public static Rect cover(double imageWidth, double imageHeight, Rect box, double focusX, double focusY) {
        double boxRatio = box.width() / box.height();
        double w = imageWidth;
        double h = imageHeight;
        if (w / h > boxRatio) {
            w = h * boxRatio;
        } else {
            h = w / boxRatio;
        }
        double x = clamp(focusX * imageWidth - w / 2, imageWidth - w);
        double y = clamp(focusY * imageHeight - h / 2, imageHeight - h);
        return new Rect(x, y, w, h);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
