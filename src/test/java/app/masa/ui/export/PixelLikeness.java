package app.masa.ui.export;

import java.awt.image.BufferedImage;

/**
 * How alike two pictures are once both are shrunk to one common size (averaging blocks of pixels, so
 * the different anti-aliasing of JavaFX and PDFBox washes out): the mean difference per colour channel
 * (0 identical, 1 opposite) and the share of pixels whose channels all lie within a tolerance.
 */
record PixelLikeness(double meanDifference, double closeShare) {
    /** Channels within a tenth of full scale count as the same colour. */
    static final int TOLERANCE = 26;

    static PixelLikeness of(BufferedImage a, BufferedImage b, int width, int height) {
        int[] p = shrink(a, width, height);
        int[] q = shrink(b, width, height);
        double total = 0;
        long close = 0;
        for (int i = 0; i < p.length; i++) {
            int worst = 0;
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = Math.abs(((p[i] >> shift) & 0xff) - ((q[i] >> shift) & 0xff));
                total += d;
                worst = Math.max(worst, d);
            }
            if (worst <= TOLERANCE) {
                close++;
            }
        }
        return new PixelLikeness(total / (p.length * 3 * 255.0), (double) close / p.length);
    }

    boolean isAtLeast(double maxMeanDifference, double minCloseShare) {
        return meanDifference < maxMeanDifference && closeShare >= minCloseShare;
    }

    /** Box-averages the picture down to width × height (opaque RGB; alpha over white). */
    private static int[] shrink(BufferedImage image, int width, int height) {
        int[] out = new int[width * height];
        for (int ty = 0; ty < height; ty++) {
            int y0 = ty * image.getHeight() / height;
            int y1 = Math.max(y0 + 1, (ty + 1) * image.getHeight() / height);
            for (int tx = 0; tx < width; tx++) {
                int x0 = tx * image.getWidth() / width;
                int x1 = Math.max(x0 + 1, (tx + 1) * image.getWidth() / width);
                long r = 0;
                long g = 0;
                long b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int argb = image.getRGB(x, y);
                        int alpha = argb >>> 24;
                        r += over(argb >> 16, alpha);
                        g += over(argb >> 8, alpha);
                        b += over(argb, alpha);
                    }
                }
                long n = (long) (x1 - x0) * (y1 - y0);
                out[ty * width + tx] = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
            }
        }
        return out;
    }

    private static int over(int channel, int alpha) {
        return ((channel & 0xff) * alpha + 255 * (255 - alpha)) / 255;
    }
}
