package app.masa.export;

import java.awt.image.BufferedImage;

/**
 * How alike two pictures of the same map are: the mean difference per channel (0 same, 1 opposite)
 * and the share of pixels whose channels all differ by less than a fifth. Anti-aliasing differs
 * between renderers, so exact equality is never expected.
 */
record Similarity(double meanDifference, double closeShare) {
    static Similarity of(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        double total = 0;
        long close = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                    total += d;
                    worst = Math.max(worst, d);
                }
                if (worst < 51) {
                    close++;
                }
            }
        }
        long pixels = (long) w * h;
        return new Similarity(total / (pixels * 3 * 255.0), (double) close / pixels);
    }
}
